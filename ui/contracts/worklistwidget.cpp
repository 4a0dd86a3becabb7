#include "worklistwidget.h"

#include "arearepository.h"
#include "exportbuttons.h"
#include "readonlytable.h"
#include "teamrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

WorkListWidget::WorkListWidget(const Context &context, Models::WorkListModel::Kind kind,
                               QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_model = new Models::WorkListModel(kind, this);
    m_village = new QComboBox(this);
    m_village->addItem(tr("全部村（居委会）"), QString());
    if (auto villages = Models::AreaRepository(context.connection).villages(context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    m_team = new QComboBox(this);
    m_team->addItem(tr("全部团队"), QString());
    if (auto teams = Models::TeamRepository(context.connection).teams(context.scope, false))
        for (const Models::Team &t : *teams)
            m_team->addItem(t.name, t.id);
    auto *top = new QHBoxLayout;
    if (kind == Models::WorkListModel::Expiring) {
        m_month = new QDateEdit(QDate::currentDate(), this);
        m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
        m_month->setCalendarPopup(true);
        top->addWidget(new QLabel(tr("到期月份"), this));
        top->addWidget(m_month);
        connect(m_month, &QDateEdit::dateChanged, this, &WorkListWidget::refresh);
    }
    top->addWidget(m_village);
    top->addWidget(m_team);
    auto *refreshButton = new QPushButton(tr("刷新"), this);
    top->addWidget(refreshButton);
    top->addStretch(1);
    // 打印预览 (print or PDF from there), CSV, Excel: what the list shows, with its filters.
    auto *exporter = new ExportButtons(
        m_model,
        [this] {
            TablePrint p;
            p.title = title();
            p.headerFields = {{tr("范围"), subtitle()},
                              {tr("打印日期"), QDate::currentDate().toString(Qt::ISODate)},
                              {tr("共计"), tr("%n 条", nullptr, m_model->rowCount())}};
            return p;
        },
        this, this);
    top->addWidget(exporter);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workListTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_status = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_village, &QComboBox::currentIndexChanged, this, &WorkListWidget::refresh);
    connect(m_team, &QComboBox::currentIndexChanged, this, &WorkListWidget::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &WorkListWidget::refresh);
    connect(exporter, &ExportButtons::message, m_status, &QLabel::setText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit residentActivated(m_model->data(i, Models::WorkListModel::ResidentIdRole).toString());
    });
    setFocusProxy(m_table);
}

QString WorkListWidget::title() const
{
    switch (m_model->kind()) {
    case Models::WorkListModel::Expiring:
        return tr("本月到期签约");
    case Models::WorkListModel::UnsignedKey:
        return tr("未签约的重点人群");
    case Models::WorkListModel::PartlySigned:
        return tr("部分成员签约的家庭");
    }
    return {};
}

QString WorkListWidget::subtitle() const
{
    QString s = m_village->currentText() + QStringLiteral("　") + m_team->currentText();
    if (m_month)
        s += QStringLiteral("　") + m_month->date().toString(QStringLiteral("yyyy-MM"));
    return s;
}

void WorkListWidget::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QDate today = QDate::currentDate();
    const QString village = m_village->currentData().toString();
    const QString team = m_team->currentData().toString();
    Models::ContractWorkLists lists(m_context.connection);
    Models::Result<QVector<Models::WorkRow>> rows = QVector<Models::WorkRow>{};
    switch (m_model->kind()) {
    case Models::WorkListModel::Expiring: {
        const QDate first(m_month->date().year(), m_month->date().month(), 1);
        rows =
            lists.expiring(m_context.scope, first, first.addMonths(1).addDays(-1), village, team);
        break;
    }
    case Models::WorkListModel::UnsignedKey:
        rows = lists.unsignedKey(m_context.scope, today, village, team);
        break;
    case Models::WorkListModel::PartlySigned:
        rows = lists.partlySigned(m_context.scope, today, village, team);
        break;
    }
    QApplication::restoreOverrideCursor();
    if (!rows) {
        m_status->setText(rows.error().message);
        return;
    }
    m_model->setRows(*rows, today);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("共 %n 条", nullptr, int(rows->size())));
}

} // namespace Gui
