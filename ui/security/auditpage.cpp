#include "auditpage.h"

#include "readonlytable.h"
#include "residentrepository.h"

#include "auditlistmodel.h"
#include "auditrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

AuditPage::AuditPage(const Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("用户名"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("全部操作"), QString());
    for (const QString &a : Models::AuditListModel::knownActions())
        m_action->addItem(Models::AuditListModel::actionName(a), a);
    m_entityId = new QLineEdit(this);
    m_entityId->setPlaceholderText(tr("记录ID或居民身份证号"));
    m_entityId->setObjectName(QStringLiteral("auditEntityId"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *search = new QPushButton(tr("查询(&Q)"), this);
    auto *exportButton = new QPushButton(tr("导出 CSV(&E)…"), this);
    auto *verify = new QPushButton(tr("校验完整性(&V)"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));

    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("从(&F)"), this);
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("到"), this));
    filters->addWidget(m_to);
    auto *userLabel = new QLabel(tr("用户(&U)"), this);
    userLabel->setBuddy(m_user);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    auto *actionLabel = new QLabel(tr("操作(&A)"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    auto *idLabel = new QLabel(tr("记录(&R)"), this);
    idLabel->setBuddy(m_entityId);
    filters->addWidget(idLabel);
    filters->addWidget(m_entityId, 1);
    filters->addWidget(search);
    filters->addStretch();
    filters->addWidget(exportButton);
    filters->addWidget(verify);

    m_model = new Models::AuditListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("选中一条记录，查看修改前后的内容"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(search, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_entityId, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_action, &QComboBox::activated, this, &AuditPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetail);
    refresh();
}

namespace {
// An administrator asks "who opened 张三's record?" with the ID number on the card, not the
// record's UUID: an ID number is looked up and becomes the resident's id.
QString recordId(const Context &context, const QString &text)
{
    if (text.size() == 18 || text.size() == 15)
        if (auto r = Models::ResidentRepository(context.connection)
                         .findByIdNumber(context.scope, text.toUpper()))
            return r->id;
    return text;
}

Models::AuditFilter filterFrom(const Context &context, const QLineEdit *user,
                               const QComboBox *action, const QLineEdit *id, const QDateEdit *from,
                               const QDateEdit *to)
{
    Models::AuditFilter f;
    f.userId = user->text().trimmed();
    f.action = action->currentData().toString();
    f.entityId = recordId(context, id->text().trimmed());
    f.from = QDateTime(from->date(), QTime(0, 0)).toUTC();
    f.to = QDateTime(to->date().addDays(1), QTime(0, 0)).toUTC();
    return f;
}
} // namespace

void AuditPage::refresh()
{
    const auto f = filterFrom(m_context, m_user, m_action, m_entityId, m_from, m_to);
    auto r = Models::AuditRepository(m_context.connection).query(m_context.scope, f);
    if (!r) {
        m_status->setText(r.error().message);
        return;
    }
    m_model->setEntries(*r);
    m_table->resizeColumnsToContents();
    m_status->setText(r->size() >= f.limit ? tr("显示最新的 %1 条（请缩小查询范围）").arg(r->size())
                                           : tr("共 %1 条").arg(r->size()));
}

void AuditPage::exportCsv(const QString &given)
{
    const QString path = given.isEmpty() ? QFileDialog::getSaveFileName(this, tr("导出审计日志"),
                                                                        QStringLiteral("audit.csv"),
                                                                        tr("CSV 文件 (*.csv)"))
                                         : given;
    if (path.isEmpty())
        return;
    auto n =
        Models::AuditRepository(m_context.connection)
            .exportCsv(m_context.scope,
                       filterFrom(m_context, m_user, m_action, m_entityId, m_from, m_to), path);
    m_status->setText(n ? tr("已导出 %1 条到 %2").arg(*n).arg(path) : n.error().message);
}

void AuditPage::verifyChain()
{
    auto v = Models::AuditRepository(m_context.connection).verify(m_context.scope);
    if (!v) {
        m_status->setText(v.error().message);
        return;
    }
    m_status->setText(v->message);
    m_status->setStyleSheet(v->ok ? QString()
                                  : QStringLiteral("color: #b00020; font-weight: bold"));
}

void AuditPage::showDetail()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid()) {
        m_detail->clear();
        return;
    }
    const auto &e = m_model->entry(i.row());
    auto pretty = [](const QString &json) {
        return json.isEmpty()
                   ? tr("（无）")
                   : QString::fromUtf8(
                         QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
    };
    m_detail->setPlainText(tr("修改前：\n%1\n修改后：\n%2\n哈希：%3")
                               .arg(pretty(e.beforeJson), pretty(e.afterJson), e.hash));
}

} // namespace Gui
