#include "formguard.h"

#include "ask.h"
#include "draftstore.h"
#include "formsnapshot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace Gui {

int FormGuard::draftDelay = 3000;

FormGuard::FormGuard(QDialog *dialog, const Context &context, QString form, QString residentId)
    : QObject(dialog), m_dialog(dialog), m_context(context), m_form(std::move(form)),
      m_residentId(std::move(residentId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FormGuard::writeDraftNow);
    dialog->installEventFilter(this);
}

bool FormGuard::eventFilter(QObject *watched, QEvent *event)
{
    // The baseline is what the form shows when it opens (after prefills and corrections).
    if (watched == m_dialog && event->type() == QEvent::Show && !m_started)
        QTimer::singleShot(0, this, &FormGuard::begin);
    return QObject::eventFilter(watched, event);
}

void FormGuard::begin()
{
    if (m_started)
        return;
    m_started = true;
    m_baseline = FormSnapshot::take(m_dialog);
    const Models::DraftStore store(m_context.databasePath);
    if (const auto draft = store.load(m_form, m_residentId); draft && *draft != m_baseline) {
        if (ask(m_dialog, tr("恢复草稿？"), tr("上次未保存的内容已留作草稿。恢复草稿继续填写吗？"),
                tr("恢复草稿"), tr("丢弃草稿"), true))
            FormSnapshot::restore(m_dialog, *draft);
        else
            store.remove(m_form, m_residentId);
    }
    watch();
}

void FormGuard::watch()
{
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textChanged, this, &FormGuard::changed);
        else if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            connect(e, &QPlainTextEdit::textChanged, this, &FormGuard::changed);
        else if (auto *e = qobject_cast<QTextEdit *>(w))
            connect(e, &QTextEdit::textChanged, this, &FormGuard::changed);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &FormGuard::changed);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, &FormGuard::changed);
        else if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
            connect(s, &QDoubleSpinBox::valueChanged, this, &FormGuard::changed);
        else if (auto *d = qobject_cast<QDateTimeEdit *>(w))
            connect(d, &QDateTimeEdit::dateTimeChanged, this, &FormGuard::changed);
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isCheckable())
            connect(b, &QAbstractButton::toggled, this, &FormGuard::changed);
        else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            connect(v->model(), &QAbstractItemModel::rowsInserted, this, &FormGuard::changed);
            connect(v->model(), &QAbstractItemModel::rowsRemoved, this, &FormGuard::changed);
            connect(v->model(), &QAbstractItemModel::dataChanged, this, &FormGuard::changed);
        }
    }
}

void FormGuard::changed()
{
    if (m_started)
        m_timer.start(draftDelay);
}

bool FormGuard::isDirty() const
{
    return m_started && FormSnapshot::take(m_dialog) != m_baseline;
}

void FormGuard::writeDraftNow()
{
    m_timer.stop();
    const Models::DraftStore store(m_context.databasePath);
    if (isDirty())
        (void)store.save(m_form, m_residentId, FormSnapshot::take(m_dialog));
    else if (m_started)
        store.remove(m_form, m_residentId);
}

QString FormGuard::draftPath() const
{
    return Models::DraftStore(m_context.databasePath).filePath(m_form, m_residentId);
}

bool FormGuard::allowClose()
{
    if (isDirty()) {
        writeDraftNow(); // kept if the question is never answered (a crash)
        if (!ask(m_dialog, tr("放弃填写？"), tr("表单中已填写的内容尚未保存。放弃这些内容吗？"),
                 tr("放弃"), tr("继续填写"), false))
            return false;
    }
    m_timer.stop();
    Models::DraftStore(m_context.databasePath).remove(m_form, m_residentId);
    return true;
}

void FormGuard::saved()
{
    m_timer.stop();
    m_started = false; // nothing more to keep
    Models::DraftStore(m_context.databasePath).remove(m_form, m_residentId);
}

} // namespace Gui
