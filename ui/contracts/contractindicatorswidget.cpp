#include "contractindicatorswidget.h"

#include "arearepository.h"
#include "contractdocuments.h"
#include "teamrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Gui {

ContractIndicatorsWidget::ContractIndicatorsWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
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
    auto *run = new QPushButton(tr("统计(&Q)"), this);
    run->setObjectName(QStringLiteral("computeIndicators"));
    auto *print = new QPushButton(tr("打印…"), this);
    auto *pdf = new QPushButton(tr("存为PDF…"), this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("indicatorView"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("期间"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("—"), this));
    top->addWidget(m_to);
    top->addWidget(m_village);
    top->addWidget(m_team);
    top->addWidget(run);
    top->addStretch(1);
    top->addWidget(print);
    top->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(run, &QPushButton::clicked, this, &ContractIndicatorsWidget::compute);
    connect(print, &QPushButton::clicked, this, [this] { ContractDocuments::print(m_html, this); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { ContractDocuments::savePdf(m_html, tr("签约指标.pdf"), this); });
    m_view->setHtml(tr("<p>选择期间、村或团队后按“统计”。</p>"));
}

void ContractIndicatorsWidget::compute()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto v = Models::ContractIndicators(m_context.connection)
                 .compute(m_context.scope,
                          {m_from->date(), m_to->date(), m_village->currentData().toString(),
                           m_team->currentData().toString()});
    QApplication::restoreOverrideCursor();
    if (!v) {
        m_view->setHtml(QStringLiteral("<p style='color:#b00020'>%1</p>")
                            .arg(v.error().message.toHtmlEscaped()));
        return;
    }
    m_html = ContractDocuments::indicatorsHtml(*v, m_village->currentText() + QStringLiteral("　") +
                                                       m_team->currentText());
    m_view->setHtml(m_html);
}

} // namespace Gui
