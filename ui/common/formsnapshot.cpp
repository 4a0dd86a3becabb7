#include "formsnapshot.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace Gui::FormSnapshot {

namespace {

bool excluded(const QWidget *w, const QWidget *form)
{
    for (const QWidget *p = w; p && p != form; p = p->parentWidget())
        if (p->property("jiayiDraft").isValid() && !p->property("jiayiDraft").toBool())
            return true;
    // The line edit inside a spin box, date edit or combo box is saved through its owner.
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QLineEdit *>(w) && (qobject_cast<const QAbstractSpinBox *>(parent) ||
                                                  qobject_cast<const QComboBox *>(parent));
}

bool isInput(const QWidget *w)
{
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->isCheckable();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QListWidget *>(w);
}

// The inputs in creation order with their keys.
QList<std::pair<QString, QWidget *>> inputs(const QWidget *form)
{
    QList<std::pair<QString, QWidget *>> out;
    QHash<QString, int> counts;
    for (QWidget *w : form->findChildren<QWidget *>()) {
        if (!isInput(w) || excluded(w, form))
            continue;
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        const QString key = !w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_")
                                ? w->objectName()
                                : cls + QLatin1Char('#') + QString::number(counts[cls]++);
        out << std::pair{key, w};
    }
    return out;
}

QJsonValue valueOf(const QWidget *w)
{
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *e = qobject_cast<const QTextEdit *>(w))
        return e->toPlainText();
    if (auto *c = qobject_cast<const QComboBox *>(w))
        return c->isEditable() ? QJsonValue(c->currentText()) : QJsonValue(c->currentIndex());
    if (auto *s = qobject_cast<const QSpinBox *>(w))
        return s->value();
    if (auto *s = qobject_cast<const QDoubleSpinBox *>(w))
        return s->value();
    if (auto *d = qobject_cast<const QDateTimeEdit *>(w))
        return d->dateTime().toString(Qt::ISODate);
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->isChecked();
    if (auto *l = qobject_cast<const QListWidget *>(w)) {
        QJsonArray items;
        for (int i = 0; i < l->count(); ++i)
            items.append(QJsonArray{l->item(i)->text(), l->item(i)->data(Qt::UserRole).toString(),
                                    l->item(i)->flags().testFlag(Qt::ItemIsUserCheckable)
                                        ? int(l->item(i)->checkState())
                                        : -1});
        return items;
    }
    return {};
}

void setValue(QWidget *w, const QJsonValue &v)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->setText(v.toString());
    else if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        e->setPlainText(v.toString());
    else if (auto *e = qobject_cast<QTextEdit *>(w))
        e->setPlainText(v.toString());
    else if (auto *c = qobject_cast<QComboBox *>(w))
        c->isEditable() ? c->setCurrentText(v.toString()) : c->setCurrentIndex(v.toInt());
    else if (auto *s = qobject_cast<QSpinBox *>(w))
        s->setValue(v.toInt());
    else if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
        s->setValue(v.toDouble());
    else if (auto *d = qobject_cast<QDateTimeEdit *>(w))
        d->setDateTime(QDateTime::fromString(v.toString(), Qt::ISODate));
    else if (auto *b = qobject_cast<QAbstractButton *>(w))
        b->setChecked(v.toBool());
    else if (auto *l = qobject_cast<QListWidget *>(w)) {
        const QJsonArray items = v.toArray();
        // A list of fixed choices (check boxes) keeps its items; a list the user filled is rebuilt.
        const bool fixed = l->count() == items.size() && l->count() > 0 &&
                           l->item(0)->flags().testFlag(Qt::ItemIsUserCheckable);
        if (!fixed)
            l->clear();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonArray it = items.at(i).toArray();
            QListWidgetItem *item =
                fixed ? l->item(i) : new QListWidgetItem(it.at(0).toString(), l);
            if (!fixed && !it.at(1).toString().isEmpty())
                item->setData(Qt::UserRole, it.at(1).toString());
            if (it.at(2).toInt() >= 0)
                item->setCheckState(Qt::CheckState(it.at(2).toInt()));
        }
    }
}

} // namespace

QJsonObject take(const QWidget *form)
{
    QJsonObject out;
    for (const auto &[key, w] : inputs(form))
        out.insert(key, valueOf(w));
    return out;
}

void restore(QWidget *form, const QJsonObject &values)
{
    for (const auto &[key, w] : inputs(form))
        if (values.contains(key))
            setValue(w, values.value(key));
}

} // namespace Gui::FormSnapshot
