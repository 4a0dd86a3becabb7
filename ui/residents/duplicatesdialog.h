#pragma once

#include "context.h"
#include "duplicates.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Gui {

// 重复档案: candidate pairs with their score and reasons; merge keeping either side, mark as
// different people, undo the last merge.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(const Context &context, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    int pairCount() const { return int(m_pairs.size()); }
    bool changed() const { return m_changed; }

public slots:
    void rescan();
    void mergeKeeping(bool keepFirst);
    void dismiss();
    void undoLast();

private:
    const Models::DuplicatePair *current() const;
    const Context &m_context;
    QVector<Models::DuplicatePair> m_pairs;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    bool m_changed = false;
};

} // namespace Gui
