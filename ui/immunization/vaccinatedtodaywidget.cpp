#include "vaccinatedtodaywidget.h"

#include "vaccinationdaymodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

namespace {
// Still observing: amber; may leave: green (models/ carries only ObservingRole).
class ObservationColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == Models::VaccinationDayModel::Leave)
            return QBrush(
                QIdentityProxyModel::data(index, Models::VaccinationDayModel::ObservingRole)
                        .toBool()
                    ? QColor(0x8a, 0x5a, 0x00)
                    : QColor(0x1b, 0x7a, 0x2b));
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

VaccinatedTodayWidget::VaccinatedTodayWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_model = new Models::VaccinationDayModel(this);
    auto *colours = new ObservationColours(this);
    colours->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("vaccinatedToday"));
    m_table->setModel(colours);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {70, 150, 64, 150};
    for (int c = 0; c < Models::VaccinationDayModel::Leave; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("observationSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_timer = new QTimer(this);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &VaccinatedTodayWidget::tick);
    m_timer->start();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit childChosen(i.data(Models::VaccinationDayModel::ResidentIdRole).toString());
    });
}

void VaccinatedTodayWidget::refresh()
{
    const QDateTime at = now();
    auto children = Models::VaccinationDay(m_context.connection)
                        .vaccinated(m_context.scope, at.toLocalTime().date());
    if (!children) {
        m_summary->setText(children.error().message);
        return;
    }
    m_model->setChildren(*children, at);
    m_summary->setText(m_model->summary());
}

void VaccinatedTodayWidget::tick()
{
    m_model->setNow(now());
    m_summary->setText(m_model->summary());
}

} // namespace Gui
