#include "auditlistmodel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Models {

AuditListModel::AuditListModel(QString connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_sentences(std::move(connectionName))
{
}

void AuditListModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_sentences.prepare(m_entries);
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

namespace {
struct Named
{
    const char *code;
    const char *name;
};

// Every action written to the audit log (grep ChangeLog::audit), in the filter's order.
const Named Actions[] = {
    {"create", QT_TRANSLATE_NOOP("Models::AuditListModel", "新建")},
    {"update", QT_TRANSLATE_NOOP("Models::AuditListModel", "修改")},
    {"delete", QT_TRANSLATE_NOOP("Models::AuditListModel", "删除")},
    {"read", QT_TRANSLATE_NOOP("Models::AuditListModel", "查看")},
    {"sign", QT_TRANSLATE_NOOP("Models::AuditListModel", "电子签名")},
    {"login", QT_TRANSLATE_NOOP("Models::AuditListModel", "登录")},
    {"login.failed", QT_TRANSLATE_NOOP("Models::AuditListModel", "登录失败")},
    {"login.locked", QT_TRANSLATE_NOOP("Models::AuditListModel", "账户锁定")},
    {"password.change", QT_TRANSLATE_NOOP("Models::AuditListModel", "修改密码")},
    {"password.reset", QT_TRANSLATE_NOOP("Models::AuditListModel", "重置密码")},
    {"import", QT_TRANSLATE_NOOP("Models::AuditListModel", "导入名单")},
    {"export", QT_TRANSLATE_NOOP("Models::AuditListModel", "导出名单")},
    {"export.deidentified", QT_TRANSLATE_NOOP("Models::AuditListModel", "去标识化导出")},
    {"duplicate.dismiss", QT_TRANSLATE_NOOP("Models::AuditListModel", "排除重复档案")},
    {"correct", QT_TRANSLATE_NOOP("Models::AuditListModel", "更正")},
    {"set", QT_TRANSLATE_NOOP("Models::AuditListModel", "设置")},
    {"immunization.override", QT_TRANSLATE_NOOP("Models::AuditListModel", "接种规则例外")},
    {"backup", QT_TRANSLATE_NOOP("Models::AuditListModel", "备份")},
    {"backup.scheduled", QT_TRANSLATE_NOOP("Models::AuditListModel", "自动备份")},
    {"backup.schedule", QT_TRANSLATE_NOOP("Models::AuditListModel", "修改备份计划")},
    {"backup.verify", QT_TRANSLATE_NOOP("Models::AuditListModel", "校验备份")},
    {"sync.configure", QT_TRANSLATE_NOOP("Models::AuditListModel", "同步设置")},
    {"audit.export", QT_TRANSLATE_NOOP("Models::AuditListModel", "导出审计日志")},
    {"demo.generate", QT_TRANSLATE_NOOP("Models::AuditListModel", "生成演示数据")},
};

// What the "对象" column names (tables and pseudo-entities of the audit log).
const Named Entities[] = {
    {"resident", QT_TRANSLATE_NOOP("Models::AuditListModel", "居民")},
    {"household", QT_TRANSLATE_NOOP("Models::AuditListModel", "家庭")},
    {"basic_info", QT_TRANSLATE_NOOP("Models::AuditListModel", "个人基本信息表")},
    {"health_check", QT_TRANSLATE_NOOP("Models::AuditListModel", "健康体检表")},
    {"encounter", QT_TRANSLATE_NOOP("Models::AuditListModel", "接诊记录")},
    {"chronic_registration", QT_TRANSLATE_NOOP("Models::AuditListModel", "慢病登记")},
    {"chronic_followup", QT_TRANSLATE_NOOP("Models::AuditListModel", "慢病随访记录")},
    {"chronic_target_population", QT_TRANSLATE_NOOP("Models::AuditListModel", "慢病目标人群")},
    {"immunization_dose", QT_TRANSLATE_NOOP("Models::AuditListModel", "接种记录")},
    {"vaccine_lot", QT_TRANSLATE_NOOP("Models::AuditListModel", "疫苗批号")},
    {"contract", QT_TRANSLATE_NOOP("Models::AuditListModel", "签约")},
    {"contract_team", QT_TRANSLATE_NOOP("Models::AuditListModel", "签约团队")},
    {"contract_package", QT_TRANSLATE_NOOP("Models::AuditListModel", "服务包")},
    {"resident_merge", QT_TRANSLATE_NOOP("Models::AuditListModel", "档案合并")},
    {"user", QT_TRANSLATE_NOOP("Models::AuditListModel", "用户")},
    {"database", QT_TRANSLATE_NOOP("Models::AuditListModel", "数据库")},
    {"backup_setting", QT_TRANSLATE_NOOP("Models::AuditListModel", "备份计划")},
    {"audit_log", QT_TRANSLATE_NOOP("Models::AuditListModel", "审计日志")},
    {"sync_state", QT_TRANSLATE_NOOP("Models::AuditListModel", "同步设置")},
};

template <size_t N> QString lookup(const Named (&table)[N], const QString &code)
{
    for (const Named &n : table)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("Models::AuditListModel", n.name);
    return code;
}
} // namespace

QString AuditListModel::actionName(const QString &action)
{
    return lookup(Actions, action);
}

QStringList AuditListModel::knownActions()
{
    QStringList out;
    for (const Named &n : Actions)
        out << QString::fromLatin1(n.code);
    return out;
}

QString AuditListModel::entityName(const QString &entity)
{
    return lookup(Entities, entity);
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) // the row as stored, for administrators
        return AuditSentences::rawRow(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case At:
        return QDateTime::fromString(e.at, Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return m_sentences.actorName(e);
    case Workstation:
        return e.workstation;
    case Action:
        return actionName(e.action);
    case Entity:
        return entityName(e.entity);
    case Resident:
        return m_sentences.residentLabel(e);
    case Change:
        return m_sentences.sentence(e);
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
    case Resident:
        return tr("居民");
    case Change:
        return tr("经过");
    }
    return {};
}

} // namespace Models
