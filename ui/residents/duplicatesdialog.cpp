#include "duplicatesdialog.h"

#include "readonlytable.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

DuplicatesDialog::DuplicatesDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("重复档案"));
    resize(1100, 620);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("duplicatePairs"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_status = new QLabel(this);
    auto button = [this](const QString &text, const QString &key, auto slot) {
        auto *b = new QPushButton(text, this);
        if (!key.isEmpty())
            b->setShortcut(QKeySequence(key));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    // Alt+1/Alt+2, not Ctrl+L/Ctrl+R: Ctrl+L locks the screen everywhere (docs/ux.md).
    bar->addWidget(button(tr("合并，保留左侧 (Alt+1)"), QStringLiteral("Alt+1"),
                          [this] { mergeKeeping(true); }));
    bar->addWidget(button(tr("合并，保留右侧 (Alt+2)"), QStringLiteral("Alt+2"),
                          [this] { mergeKeeping(false); }));
    bar->addWidget(
        button(tr("不是同一人 (Ctrl+D)"), QStringLiteral("Ctrl+D"), [this] { dismiss(); }));
    bar->addWidget(
        button(tr("撤销上次合并 (Ctrl+Z)"), QStringLiteral("Ctrl+Z"), [this] { undoLast(); }));
    bar->addWidget(button(tr("重新查找 (F5)"), QStringLiteral("F5"), [this] { rescan(); }));
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("合并时，两份档案的全部记录（接诊、体检、随访、接种、签约……）都"
                                    "归到保留的档案下；被并入的档案作废但不删除，可以撤销。"),
                                 this));
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    rescan();
}

void DuplicatesDialog::rescan()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pairs = Models::DuplicateFinder::scan(m_context.connection, m_context.scope, 2000);
    QApplication::restoreOverrideCursor();
    m_pairs = pairs ? *pairs : QVector<Models::DuplicatePair>();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("分数"), tr("左：姓名"), tr("出生日期"), tr("档案编号"),
                                        tr("右：姓名"), tr("出生日期"), tr("档案编号"),
                                        tr("理由")});
    for (const Models::DuplicatePair &p : m_pairs) {
        QList<QStandardItem *> row;
        for (const QString &s : {QString::number(p.score), p.aName, p.aBirth, p.aRecordNo, p.bName,
                                 p.bBirth, p.bRecordNo, p.reasons.join(QStringLiteral("；"))})
            row << new QStandardItem(s);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_status->setText(pairs ? tr("找到 %n 对可能重复的档案", nullptr, int(m_pairs.size()))
                            : pairs.error().message);
}

const Models::DuplicatePair *DuplicatesDialog::current() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicatesDialog::mergeKeeping(bool keepFirst)
{
    const Models::DuplicatePair *p = current();
    if (!p)
        return;
    auto m = Models::ResidentMerge::merge(m_context.connection, m_context.scope,
                                          keepFirst ? p->aId : p->bId, keepFirst ? p->bId : p->aId);
    if (!m) {
        m_status->setText(m.error().message);
        return;
    }
    m_changed = true;
    rescan();
    m_status->setText(tr("已合并，移过来 %1 条记录。可按 Ctrl+Z 撤销。").arg(m->movedRows));
}

void DuplicatesDialog::dismiss()
{
    if (const Models::DuplicatePair *p = current()) {
        if (auto r = Models::DuplicateFinder::dismiss(m_context.connection, m_context.scope, p->aId,
                                                      p->bId);
            !r)
            m_status->setText(r.error().message);
        else
            rescan();
    }
}

void DuplicatesDialog::undoLast()
{
    auto h = Models::ResidentMerge::history(m_context.connection, m_context.scope);
    if (!h || h->isEmpty()) {
        m_status->setText(tr("没有可撤销的合并"));
        return;
    }
    if (auto r = Models::ResidentMerge::undo(m_context.connection, m_context.scope, h->first().id);
        !r) {
        m_status->setText(r.error().message);
        return;
    }
    m_changed = true;
    rescan();
    m_status->setText(tr("已撤销上次合并"));
}

} // namespace Gui
