#include "lotsdialog.h"

#include "coveragemodel.h"
#include "immunizationrepository.h"
#include "messagebanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

LotsDialog::LotsDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("疫苗库存（批号）"));
    m_model = new Models::LotListModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vaccine = new QComboBox(this);
    const Models::Schedule &s = Models::ScheduleSet::instance().forBirth(QDate::currentDate());
    for (bool programme : {true, false})
        for (const Models::VaccineProduct &p : s.products)
            if (p.programme == programme)
                m_vaccine->addItem(tr("%1（%2）").arg(p.nameZh, p.abbr), p.abbr);
    m_lotNo = new QLineEdit(this);
    m_manufacturer = new QLineEdit(this);
    m_expiry = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setCalendarPopup(true);
    m_message = new MessageBanner(this);
    auto *add = new QPushButton(tr("入库 (Enter)"), this);
    add->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("疫苗(&V)"), m_vaccine);
    form->addRow(tr("批号(&L)"), m_lotNo);
    form->addRow(tr("生产企业(&M)"), m_manufacturer);
    form->addRow(tr("有效期至(&E)"), m_expiry);
    form->addRow(QString(), add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 560);
    connect(add, &QPushButton::clicked, this, &LotsDialog::addLot);
    reload();
    m_lotNo->setFocus();
}

void LotsDialog::reload()
{
    auto lots = Models::ImmunizationRepository(m_context.connection)
                    .lots(m_context.scope, {}, QDate::currentDate());
    m_model->setLots(lots ? *lots : QVector<Models::VaccineLot>());
}

bool LotsDialog::addLot()
{
    Models::VaccineLot l;
    l.vaccine = m_vaccine->currentData().toString();
    l.lotNo = m_lotNo->text();
    l.manufacturer = m_manufacturer->text().trimmed();
    l.expiry = m_expiry->date();
    auto r = Models::ImmunizationRepository(m_context.connection)
                 .addLot(m_context.scope, l, QDate::currentDate());
    if (!r) {
        m_message->setText(r.error().message);
        if (r.error().field == QLatin1String("expiry"))
            m_expiry->setFocus();
        else
            m_lotNo->setFocus();
        return false;
    }
    m_message->clear();
    m_lotNo->clear();
    reload();
    m_lotNo->setFocus();
    return true;
}

} // namespace Gui
