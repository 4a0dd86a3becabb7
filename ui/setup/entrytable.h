#pragma once

#include <QTableWidget>

#include <utility>

namespace Gui {

// A table for lists typed in by hand (the setup wizard's villages and team members). An empty
// row is always last, so typing goes on below; Tab in that empty row (or Shift+Tab in the first
// cell) leaves the table, so the keyboard never gets stuck in it; Delete removes the current row;
// Ctrl+V pastes rows copied from a spreadsheet (columns separated by tabs, one row per line). A
// column may offer a fixed list of choices (a combo box while it is edited).
class EntryTable : public QTableWidget
{
    Q_OBJECT
public:
    using Choices = QList<std::pair<QString, QString>>; // key, label

    explicit EntryTable(const QStringList &headers, QWidget *parent = nullptr);

    void setChoices(int column, const Choices &choices);
    // The rows with anything in them, in order (the empty last row and blank rows left out).
    QList<int> filledRows() const;
    // Trimmed text; the key in a choice column.
    QString text(int row, int column) const;
    // Grows the table as needed; a choice column takes the key.
    void setText(int row, int column, const QString &text);
    void removeRowAt(int row);
    // A cell at fault: tinted, with the reason as its tooltip, until it is edited.
    void markCell(int row, int column, const QString &reason);
    void clearMarks();

signals:
    void cellEdited(int row, int column); // by the user (typing, a choice, a paste)

protected:
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void ensureEmptyLastRow();
    bool rowEmpty(int row) const;
    bool atEdge(bool next) const;
    void paste();
    void edited(QTableWidgetItem *item);

    QHash<int, Choices> m_choices;
    int m_quiet = 0; // > 0 while the table itself changes cells
};

} // namespace Gui
