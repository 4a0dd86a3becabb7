#include "conflictpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {
enum Column { Field, Base, Mine, Theirs, Result };

QString display(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
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
            m_fields->item(row, Result)->setText(m_fields->item(row, column)->text());
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
        const QStringList texts{Sync::fieldLabel(c.entity, f.field), display(f.base),
                                display(f.mine), display(f.theirs), display(f.mine)};
        for (int col = 0; col < texts.size(); ++col) {
            auto *item = new QTableWidgetItem(texts.at(col));
            if (col != Result)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_fields->setItem(i, col, item);
        }
    }
    m_message->setText(tr("本机的值在您决定前保持不变，决定后随下次同步上传。"));
}

void ConflictPanel::takeColumn(int column)
{
    for (int i = 0; i < m_fields->rowCount(); ++i)
        m_fields->item(i, Result)->setText(m_fields->item(i, column)->text());
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
        const QString text = m_fields->item(i, Result)->text();
        const QJsonValue sample = f.mine.isDouble() ? f.mine : f.theirs;
        if (sample.isDouble())
            values.insert(f.field, QJsonValue(text.toLongLong()));
        else if (text.isEmpty() && (f.mine.isNull() || f.theirs.isNull()))
            values.insert(f.field, QJsonValue(QJsonValue::Null));
        else
            values.insert(f.field, text);
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
