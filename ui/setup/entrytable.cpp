#include "entrytable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace Gui {

namespace {

const QColor BadCell(0xfd, 0xe2, 0xe4);

// A combo box over a column's choices; the model keeps the key (UserRole) and the label.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(EntryTable::Choices choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const auto &[key, label] : m_choices)
            box->addItem(label, key);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::UserRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), Qt::UserRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }

private:
    EntryTable::Choices m_choices;
};

} // namespace

EntryTable::EntryTable(const QStringList &headers, QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setTabKeyNavigation(true);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    ensureEmptyLastRow();
    connect(this, &QTableWidget::itemChanged, this, &EntryTable::edited);
}

void EntryTable::setChoices(int column, const Choices &choices)
{
    m_choices.insert(column, choices);
    setItemDelegateForColumn(column, new ChoiceDelegate(choices, this));
}

bool EntryTable::rowEmpty(int row) const
{
    for (int c = 0; c < columnCount(); ++c)
        if (const QTableWidgetItem *i = item(row, c); i && !i->text().trimmed().isEmpty())
            return false;
    return true;
}

QList<int> EntryTable::filledRows() const
{
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r)
        if (!rowEmpty(r))
            rows << r;
    return rows;
}

QString EntryTable::text(int row, int column) const
{
    const QTableWidgetItem *i = item(row, column);
    if (!i)
        return {};
    return m_choices.contains(column) ? i->data(Qt::UserRole).toString() : i->text().trimmed();
}

void EntryTable::setText(int row, int column, const QString &text)
{
    ++m_quiet;
    while (rowCount() <= row)
        insertRow(rowCount());
    auto *i = item(row, column);
    if (!i)
        setItem(row, column, i = new QTableWidgetItem);
    if (const auto choices = m_choices.constFind(column); choices != m_choices.cend()) {
        i->setData(Qt::UserRole, text);
        QString label;
        for (const auto &[key, l] : *choices)
            if (key == text)
                label = l;
        i->setText(label);
    } else {
        i->setText(text);
    }
    --m_quiet;
    ensureEmptyLastRow();
}

void EntryTable::removeRowAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    ++m_quiet;
    removeRow(row);
    --m_quiet;
    ensureEmptyLastRow();
    emit cellEdited(qMin(row, rowCount() - 1), 0);
}

void EntryTable::ensureEmptyLastRow()
{
    ++m_quiet;
    if (rowCount() == 0 || !rowEmpty(rowCount() - 1))
        insertRow(rowCount());
    // Blank rows before the last are left where they are: the user may be filling them in.
    --m_quiet;
}

void EntryTable::markCell(int row, int column, const QString &reason)
{
    ++m_quiet;
    auto *i = item(row, column);
    if (!i)
        setItem(row, column, i = new QTableWidgetItem);
    i->setBackground(BadCell);
    i->setToolTip(reason);
    --m_quiet;
}

void EntryTable::clearMarks()
{
    ++m_quiet;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (auto *i = item(r, c); i && !i->toolTip().isEmpty()) {
                i->setBackground(QBrush());
                i->setToolTip(QString());
            }
    --m_quiet;
}

void EntryTable::edited(QTableWidgetItem *i)
{
    if (m_quiet > 0)
        return;
    if (!i->toolTip().isEmpty()) { // corrected (or at least changed): no longer marked
        ++m_quiet;
        i->setBackground(QBrush());
        i->setToolTip(QString());
        --m_quiet;
    }
    ensureEmptyLastRow();
    emit cellEdited(i->row(), i->column());
}

// Tab out of the empty last row, Shift+Tab out of the first cell: the table is not a trap.
bool EntryTable::atEdge(bool next) const
{
    const QModelIndex c = currentIndex();
    if (!c.isValid())
        return true;
    if (next)
        return c.row() == rowCount() - 1 && rowEmpty(c.row());
    return c.row() == 0 && c.column() == 0;
}

bool EntryTable::focusNextPrevChild(bool next)
{
    if (atEdge(next))
        return QWidget::focusNextPrevChild(next);
    return QTableWidget::focusNextPrevChild(next);
}

void EntryTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool move = hint == QAbstractItemDelegate::EditNextItem ||
                      hint == QAbstractItemDelegate::EditPreviousItem;
    if (move && atEdge(hint == QAbstractItemDelegate::EditNextItem)) {
        QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QWidget::focusNextPrevChild(hint == QAbstractItemDelegate::EditNextItem);
        return;
    }
    QTableWidget::closeEditor(editor, hint);
}

void EntryTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->key() == Qt::Key_Delete && state() != EditingState && currentRow() >= 0 &&
        !rowEmpty(currentRow())) {
        const int row = currentRow();
        const int column = currentColumn();
        removeRowAt(row);
        setCurrentCell(qMin(row, rowCount() - 1), qMax(0, column));
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void EntryTable::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        return;
    int row = qMax(0, currentRow());
    const int column = qMax(0, currentColumn());
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        // Spreadsheets copy columns with tabs; typed lists often use spaces ("430121101201
        // 东湖村").
        const QStringList cells = line.contains(QLatin1Char('\t'))
                                      ? line.split(QLatin1Char('\t'))
                                      : line.simplified().split(QLatin1Char(' '));
        for (int c = 0; c < cells.size() && column + c < columnCount(); ++c)
            if (!m_choices.contains(column + c))
                setText(row, column + c, cells.at(c).trimmed());
        emit cellEdited(row, column);
        ++row;
    }
    setCurrentCell(qMin(row, rowCount() - 1), column);
}

} // namespace Gui
