#include "coveragedialog.h"

#include "arearepository.h"
#include "coveragemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

CoverageDialog::CoverageDialog(const Context &context, const QString &villageCode, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("接种率统计"));
    m_village = new QComboBox(this);
    m_village->addItem(tr("全部村"), QString());
    QHash<QString, QString> villageNames;
    if (auto villages = Models::AreaRepository(context.connection).villages(context.scope))
        for (const Models::Area &a : *villages) {
            m_village->addItem(a.name, a.code);
            villageNames.insert(a.code, a.name);
        }
    m_village->setCurrentIndex(qMax(0, m_village->findData(villageCode)));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    auto *go = new QPushButton(tr("统计 (F5)"), this);
    go->setShortcut(QKeySequence::Refresh);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_model = new Models::CoverageModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setColumnWidth(0, 150);
    m_behindModel = new Models::BehindModel(this);
    m_behindModel->setVillageNames(villageNames);
    m_behind = new QTableView(this);
    m_behind->setModel(m_behindModel);
    m_behind->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_behind->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_behind->verticalHeader()->setVisible(false);
    m_behind->horizontalHeader()->setStretchLastSection(true);
    for (QTableView *t : {m_table, m_behind})
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("村"), this));
    top->addWidget(m_village);
    top->addWidget(new QLabel(tr("统计期"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("—"), this));
    top->addWidget(m_to);
    top->addWidget(go);
    top->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *behindBox = new QWidget(this);
    auto *behindLayout = new QVBoxLayout(behindBox);
    behindLayout->setContentsMargins(0, 0, 0, 0);
    behindLayout->addWidget(new QLabel(tr("有逾期剂次的儿童（Enter 打开接种卡）"), this));
    behindLayout->addWidget(m_behind, 1);
    split->addWidget(behindBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    connect(go, &QPushButton::clicked, this, &CoverageDialog::compute);
    connect(m_behind, &QTableView::activated, this, [this](const QModelIndex &i) {
        m_chosen = i.data(Models::BehindModel::ResidentIdRole).toString();
        accept();
    });
    compute();
}

void CoverageDialog::compute()
{
    Models::CoverageQuery q;
    q.villageCode = m_village->currentData().toString();
    q.from = m_from->date();
    q.to = m_to->date();
    if (q.to < q.from) {
        m_summary->setText(tr("统计期结束不能早于开始"));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = Models::ImmunizationCoverage(m_context.connection).compute(m_context.scope, q);
    QApplication::restoreOverrideCursor();
    if (!r) {
        m_summary->setText(r.error().message);
        return;
    }
    m_model->setResult(*r);
    m_behindModel->setRows(r->behind);
    m_summary->setText(tr("0-6岁儿童 %1 名；建证 %2 名，建证率 %3%；有逾期剂次的儿童 %4 名")
                           .arg(r->childrenDue)
                           .arg(r->certified)
                           .arg(r->certificateRate(), 0, 'f', 1)
                           .arg(r->childrenBehind));
}

} // namespace Gui
