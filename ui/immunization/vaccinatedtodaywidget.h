#pragma once

#include "context.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QTableView;
class QTimer;

namespace Models {
class VaccinationDayModel;
}

namespace Gui {

// 今日已接种: the children vaccinated here today with the time, and the 30-minute observation:
// who may leave when. The clock moves every 30 seconds; a child whose observation has ended turns
// green, and the summary names the next one to leave.
class VaccinatedTodayWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VaccinatedTodayWidget(const Context &context, QWidget *parent = nullptr);

    Models::VaccinationDayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    // Tests set the clock; the widget otherwise uses the system time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    void refresh();
    void tick();

signals:
    void childChosen(const QString &residentId);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    const Context &m_context;
    Models::VaccinationDayModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_timer = nullptr;
    std::function<QDateTime()> m_clock;
};

} // namespace Gui
