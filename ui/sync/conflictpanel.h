#pragma once

#include "context.h"
#include "syncstate.h"

#include <QWidget>

class QListWidget;
class QTableWidget;
class QPushButton;
class QLabel;

namespace Gui {

// 冲突: for each record, the fields changed on both sides with the original, this workstation's
// and the platform's value side by side; the person chooses (or types) the value and saves.
class ConflictPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictPanel(const Context &context, QWidget *parent = nullptr);
    void reload();
    int recordCount() const { return int(m_conflicts.size()); }

signals:
    void resolved();

private:
    void showRecord(int row);
    void takeColumn(int column);
    void save();

    Context m_context;
    QVector<Sync::Conflict> m_conflicts;
    QListWidget *m_records = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_mine = nullptr, *m_theirs = nullptr, *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Gui
