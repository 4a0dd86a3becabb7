#pragma once

#include "indicatorresult.h"
#include "residentspage.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace Models {
class IndicatorPeopleModel;
}

namespace Gui {

// The residents behind a number of the dashboard (numerator, denominator, or who still needs the
// service): name, sex, birth date, age, village, phone, record number. Enter (or a double click)
// opens the resident's record through the opener the shell installs; that read is audited there.
class IndicatorResidentsDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorResidentsDialog(const QString &title, const QString &explanation,
                             const Models::IndicatorPeople &people,
                             ResidentsPage::RecordOpener opener, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    Models::IndicatorPeopleModel *model() const { return m_model; }

public slots:
    void openCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ResidentsPage::RecordOpener m_open;
    Models::IndicatorPeopleModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Gui
