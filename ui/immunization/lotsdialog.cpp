#include "lotsdialog.h"

#include "coveragemodel.h"
#include "immunizationrepository.h"
#include "messagebanner.h"
#include "vaccinenames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {
// Lots near their expiry on an amber background (models/ carries only NearExpiryRole).
class ExpiryColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole &&
            QIdentityProxyModel::data(index, Models::LotListModel::NearExpiryRole).toBool())
            return QBrush(QColor(0xff, 0xe0, 0xa0));
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

LotsDialog::LotsDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("疫苗库存（批号）"));
    m_model = new Models::LotListModel(this);
    auto *colours = new ExpiryColours(this);
    colours->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("lotsTable"));
    m_table->setModel(colours);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vaccine = new QComboBox(this);
    const Models::Schedule &s = Models::ScheduleSet::instance().forBirth(QDate::currentDate());
    for (bool programme : {true, false})
        for (const Models::VaccineProduct &p : s.products)
            if (p.programme == programme)
                m_vaccine->addItem(Models::VaccineNames::nameWithCode(p.abbr), p.abbr);
    m_lotNo = new QLineEdit(this);
    m_manufacturer = new QLineEdit(this);
    m_expiry = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setCalendarPopup(true);
    m_doses = new QSpinBox(this);
    m_doses->setObjectName(QStringLiteral("lotDoses"));
    m_doses->setRange(1, 100000);
    m_doses->setValue(100);
    m_doses->setSuffix(tr(" 剂"));
    m_stock = new QLabel(this);
    m_stock->setObjectName(QStringLiteral("stockStatus"));
    m_stock->setWordWrap(true);
    m_message = new MessageBanner(this);
    auto *add = new QPushButton(tr("入库 (Enter)"), this);
    add->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("疫苗(&V)"), m_vaccine);
    form->addRow(tr("批号(&L)"), m_lotNo);
    form->addRow(tr("生产企业(&M)"), m_manufacturer);
    form->addRow(tr("有效期至(&E)"), m_expiry);
    form->addRow(tr("入库数量(&Q)"), m_doses);
    form->addRow(QString(), add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stock);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 560);
    connect(add, &QPushButton::clicked, this, &LotsDialog::addLot);
    reload();
    m_lotNo->setFocus();
}

void LotsDialog::reload()
{
    auto lots = Models::ImmunizationRepository(m_context.connection)
                    .lots(m_context.scope, {}, QDate::currentDate());
    m_model->setLots(lots ? *lots : QVector<Models::VaccineLot>(), QDate::currentDate());
    m_table->resizeColumnsToContents();
    const int near = m_model->nearExpiryCount();
    m_stock->setText(near > 0
                         ? tr("有 %1 个批号将在 %2 天内到期（已标黄），请优先使用")
                               .arg(near)
                               .arg(Models::ScheduleSet::instance().all().last().lotNearExpiryDays)
                         : tr("共 %1 个可用批号").arg(m_model->rowCount()));
    m_stock->setStyleSheet(near > 0 ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                    : QString());
}

bool LotsDialog::addLot()
{
    Models::VaccineLot l;
    l.vaccine = m_vaccine->currentData().toString();
    l.lotNo = m_lotNo->text();
    l.manufacturer = m_manufacturer->text().trimmed();
    l.expiry = m_expiry->date();
    l.dosesReceived = m_doses->value();
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
