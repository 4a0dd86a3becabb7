#include "indicatorsdialog.h"

#include "arearepository.h"
#include "chronicrules.h"
#include "readonlytable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

IndicatorsDialog::IndicatorsDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("慢病管理指标"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_village = new QComboBox(this);
    m_village->addItem(tr("全部村（居委会）"), QString());
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    m_doctor = new QComboBox(this);
    m_doctor->addItem(tr("全部医生"), QString());
    if (auto doctors = Models::chronicDoctors(m_context.connection, m_context.scope))
        for (const QString &d : *doctors)
            m_doctor->addItem(d, d);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("年份"), this));
    top->addWidget(m_year);
    top->addWidget(m_village);
    top->addWidget(m_doctor);
    top->addStretch();
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("指标"), tr("分子"), tr("分母"), tr("比率"), tr("定义")});
    setUpReadOnlyTable(m_table);
    m_table->setColumnWidth(0, 190);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *num = buttons->addButton(tr("分子名单(&N)"), QDialogButtonBox::ActionRole);
    auto *den = buttons->addButton(tr("分母名单(&D)"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(
        new QLabel(tr("规则集：%1").arg(Models::ChronicRuleSet::active().title()), this));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(num, &QPushButton::clicked, this, [this] { showList(m_table->currentRow(), true); });
    connect(den, &QPushButton::clicked, this, [this] { showList(m_table->currentRow(), false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { showList(row, column != 2); });
    connect(m_year, &QSpinBox::valueChanged, this, &IndicatorsDialog::compute);
    connect(m_village, &QComboBox::currentIndexChanged, this, &IndicatorsDialog::compute);
    connect(m_doctor, &QComboBox::currentIndexChanged, this, &IndicatorsDialog::compute);
    resize(960, 420);
    compute();
}

void IndicatorsDialog::compute()
{
    Models::IndicatorFilter f;
    f.year = m_year->value();
    f.villageCode = m_village->currentData().toString();
    f.doctorId = m_doctor->currentData().toString();
    auto list = Models::chronicIndicators(m_context.connection, m_context.scope, f,
                                          Models::ChronicRuleSet::active());
    m_indicators = list ? *list : QVector<Models::Indicator>();
    m_table->setRowCount(int(m_indicators.size()));
    for (int i = 0; i < m_indicators.size(); ++i) {
        const Models::Indicator &ind = m_indicators.at(i);
        const auto rate = ind.rate();
        const QStringList cells{ind.label, QString::number(ind.numerator),
                                ind.denominator ? QString::number(ind.denominator) : tr("未设定"),
                                rate ? QString::number(*rate, 'f', 1) + QLatin1Char('%')
                                     : QStringLiteral("—"),
                                ind.definition};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (!m_indicators.isEmpty())
        m_table->setCurrentCell(0, 0);
}

void IndicatorsDialog::showList(int row, bool numerator)
{
    if (row < 0 || row >= m_indicators.size())
        return;
    const Models::Indicator &ind = m_indicators.at(row);
    const auto &members = numerator ? ind.numeratorList : ind.denominatorList;
    QDialog d(this);
    d.setWindowTitle(QStringLiteral("%1 — %2").arg(ind.label, numerator ? tr("分子") : tr("分母")));
    auto *list = new QListWidget(&d);
    for (const Models::IndicatorMember &m : members)
        list->addItem(QStringLiteral("%1  %2").arg(m.name, m.villageCode));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new QLabel(tr("共 %1 人").arg(members.size()), &d));
    layout->addWidget(list);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(close, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(close);
    d.resize(420, 560);
    d.exec();
}

} // namespace Gui
