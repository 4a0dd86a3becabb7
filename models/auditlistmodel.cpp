#include "auditlistmodel.h"

#include <QDateTime>

namespace Models {

void AuditListModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditListModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create"), QT_TR_NOOP("新建")},
        {QStringLiteral("update"), QT_TR_NOOP("修改")},
        {QStringLiteral("delete"), QT_TR_NOOP("删除")},
        {QStringLiteral("read"), QT_TR_NOOP("查看")},
        {QStringLiteral("login"), QT_TR_NOOP("登录")},
        {QStringLiteral("login.failed"), QT_TR_NOOP("登录失败")},
        {QStringLiteral("login.locked"), QT_TR_NOOP("账户锁定")},
        {QStringLiteral("password.change"), QT_TR_NOOP("修改密码")},
        {QStringLiteral("password.reset"), QT_TR_NOOP("重置密码")},
        {QStringLiteral("audit.export"), QT_TR_NOOP("导出审计日志")},
        {QStringLiteral("backup"), QT_TR_NOOP("备份")},
        {QStringLiteral("export.deidentified"), QT_TR_NOOP("去标识化导出")},
        {QStringLiteral("sign"), QT_TR_NOOP("电子签名")},
        {QStringLiteral("demo.generate"), QT_TR_NOOP("生成演示数据")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Change)
        return e.beforeJson + QLatin1Char('\n') + e.afterJson;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case At:
        return QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e.userId;
    case Workstation:
        return e.workstation;
    case Action:
        return actionName(e.action);
    case Entity:
        return e.entity;
    case EntityId:
        return e.entityId;
    case Change:
        return e.afterJson.isEmpty() ? e.beforeJson.left(120) : e.afterJson.left(120);
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("序号");
    case At:
        return tr("时间");
    case User:
        return tr("用户");
    case Workstation:
        return tr("工作站");
    case Action:
        return tr("操作");
    case Entity:
        return tr("对象");
    case EntityId:
        return tr("对象ID");
    case Change:
        return tr("内容");
    }
    return {};
}

} // namespace Models
