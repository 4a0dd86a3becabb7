#include "conflictpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {
enum Column { Field, Base, Mine, Theirs, Result };

constexpr int RawRole = Qt::UserRole; // the value as stored (a drug list stays JSON)

QTableWidgetItem *valueItem(const QString &field, const QJsonValue &v)
{
    auto *item = new QTableWidgetItem(Sync::displayValue(field, v));
    item->setData(RawRole, QVariant::fromValue(v));
    return item;
}

void copyValue(const QTableWidgetItem *from, QTableWidgetItem *to)
{
    to->setText(from->text());
    to->setData(RawRole, from->data(RawRole));
}

// The chosen value: the raw value it was copied from unless the person typed another.
QJsonValue chosenValue(const Sync::ConflictField &f, const QTableWidgetItem *item)
{
    const QJsonValue raw = item->data(RawRole).value<QJsonValue>();
    const QString text = item->text();
    if (text == Sync::displayValue(f.field, raw))
        return raw;
    const QJsonValue sample = f.mine.isDouble() ? f.mine : f.theirs;
    if (sample.isDouble())
        return text.contains(QLatin1Char('.')) ? QJsonValue(text.toDouble())
                                               : QJsonValue(text.toLongLong());
    if (text.isEmpty() && (f.mine.isNull() || f.theirs.isNull()))
        return QJsonValue(QJsonValue::Null);
    return text;
}
} // namespace

ConflictPanel::ConflictPanel(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_records = new QListWidget(this);
    m_records->setObjectName(QStringLiteral("conflictRecords"));
    m_records->setMaximumWidth(260);
    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels(
        {tr("字段"), tr("原值（上次同步）"), tr("本机"), tr("平台"), tr("采用的值（可修改）")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setToolTip(tr("双击（或按回车）原值、本机或平台的值即采用它；也可直接修改最后一列"));
    m_mine = new QPushButton(tr("全部采用本机(&M)"), this);
    m_theirs = new QPushButton(tr("全部采用平台(&T)"), this);
    m_save = new QPushButton(tr("保存决定(&S)"), this);
    m_save->setObjectName(QStringLiteral("saveResolution"));
    m_mine->setObjectName(QStringLiteral("takeAllMine"));
    m_theirs->setObjectName(QStringLiteral("takeAllTheirs"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mine);
    buttons->addWidget(m_theirs);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_fields, 1);
    right->addWidget(m_message);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_records);
    layout->addLayout(right, 1);

    connect(m_records, &QListWidget::currentRowChanged, this, &ConflictPanel::showRecord);
    connect(m_mine, &QPushButton::clicked, this, [this] { takeColumn(Mine); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { takeColumn(Theirs); });
    connect(m_save, &QPushButton::clicked, this, &ConflictPanel::save);
    // Double-click, or Enter on the keyboard, takes a value (activation).
    connect(m_fields, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column >= Base && column <= Theirs)
            copyValue(m_fields->item(row, column), m_fields->item(row, Result));
    });
    reload();
}

void ConflictPanel::reload()
{
    auto r = Sync::SyncState(m_context.connection).conflicts(m_context.scope);
    m_conflicts = r ? *r : QVector<Sync::Conflict>();
    m_records->clear();
    for (const auto &c : std::as_const(m_conflicts))
        m_records->addItem(c.label);
    const bool any = !m_conflicts.isEmpty();
    m_mine->setEnabled(any);
    m_theirs->setEnabled(any);
    m_save->setEnabled(any);
    m_message->setText(any ? QString() : tr("没有待处理的冲突"));
    if (any)
        m_records->setCurrentRow(0);
    else
        m_fields->setRowCount(0);
}

void ConflictPanel::showRecord(int row)
{
    m_fields->setRowCount(0);
    if (row < 0 || row >= m_conflicts.size())
        return;
    const auto &c = m_conflicts.at(row);
    m_fields->setRowCount(int(c.fields.size()));
    for (int i = 0; i < c.fields.size(); ++i) {
        const auto &f = c.fields.at(i);
        auto *label = new QTableWidgetItem(Sync::fieldLabel(c.entity, f.field));
        const QList<QTableWidgetItem *> items{
            label, valueItem(f.field, f.base), valueItem(f.field, f.mine),
            valueItem(f.field, f.theirs), valueItem(f.field, f.mine)};
        for (int col = 0; col < items.size(); ++col) {
            if (col != Result)
                items[col]->setFlags(items[col]->flags() & ~Qt::ItemIsEditable);
            m_fields->setItem(i, col, items[col]);
        }
    }
    m_message->setText(tr("本机的值在您决定前保持不变，决定后随下次同步上传。"));
}

void ConflictPanel::takeColumn(int column)
{
    for (int i = 0; i < m_fields->rowCount(); ++i)
        copyValue(m_fields->item(i, column), m_fields->item(i, Result));
}

void ConflictPanel::save()
{
    const int row = m_records->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const auto &c = m_conflicts.at(row);
    QMap<QString, QJsonValue> values;
    for (int i = 0; i < c.fields.size(); ++i) {
        const auto &f = c.fields.at(i);
        values.insert(f.field, chosenValue(f, m_fields->item(i, Result)));
    }
    auto r = Sync::SyncState(m_context.connection)
                 .resolve(m_context.scope, c.entity, c.entityId, values);
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    reload();
    emit resolved();
}

} // namespace Gui
