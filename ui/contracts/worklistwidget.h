#pragma once

#include "context.h"
#include "worklistmodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Gui {

// One contract work list (expiring this month, key populations not signed, households partly
// signed) with village and team filters; print preview (print or PDF), CSV and Excel.
class WorkListWidget : public QWidget
{
    Q_OBJECT
public:
    WorkListWidget(const Context &context, Models::WorkListModel::Kind kind,
                   QWidget *parent = nullptr);
    Models::WorkListModel *model() const { return m_model; }
    QString title() const;

public slots:
    void refresh();

signals:
    void residentActivated(const QString &residentId);

private:
    QString subtitle() const;
    const Context &m_context;
    Models::WorkListModel *m_model = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_team = nullptr;
    QDateEdit *m_month = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gui
