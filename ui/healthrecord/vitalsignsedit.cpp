#include "vitalsignsedit.h"

#include "vitalsigns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cmath>

namespace Gui {

VitalSignsEdit::VitalSignsEdit(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    auto *validator = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,3}(\\.\\d?)?")), this);
    for (const Models::VitalSigns::Sign &s : Models::VitalSigns::signs()) {
        auto *e = new QLineEdit(this);
        e->setObjectName(s.key);
        e->setValidator(validator);
        e->setMaximumWidth(56);
        e->setAccessibleName(Models::VitalSigns::label(s.key));
        e->setToolTip(Models::VitalSigns::label(s.key));
        m_edits.insert(s.key, e);
        connect(e, &QLineEdit::textChanged, this, &VitalSignsEdit::recheck);
    }
    auto label = [this](const QString &text) { return new QLabel(text, this); };
    row->addWidget(label(tr("血压")));
    row->addWidget(m_edits.value(QStringLiteral("sbp")));
    row->addWidget(label(QStringLiteral("/")));
    row->addWidget(m_edits.value(QStringLiteral("dbp")));
    row->addWidget(label(Models::VitalSigns::unit(QStringLiteral("sbp"))));
    row->addSpacing(16);
    row->addWidget(label(Models::VitalSigns::label(QStringLiteral("pulse"))));
    row->addWidget(m_edits.value(QStringLiteral("pulse")));
    row->addWidget(label(Models::VitalSigns::unit(QStringLiteral("pulse"))));
    row->addSpacing(16);
    row->addWidget(label(Models::VitalSigns::label(QStringLiteral("temperature"))));
    row->addWidget(m_edits.value(QStringLiteral("temperature")));
    row->addWidget(label(Models::VitalSigns::unit(QStringLiteral("temperature"))));
    row->addStretch();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("vitalsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
}

QList<QLineEdit *> VitalSignsEdit::fields() const
{
    QList<QLineEdit *> out;
    for (const Models::VitalSigns::Sign &s : Models::VitalSigns::signs())
        out << m_edits.value(s.key);
    return out;
}

void VitalSignsEdit::setPatient(QChar sex, int age)
{
    m_sex = sex;
    m_age = age;
    recheck();
}

QJsonObject VitalSignsEdit::values() const
{
    QJsonObject out;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        bool ok = false;
        const double v = it.value()->text().trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            out.insert(it.key(), v);
    }
    return out;
}

void VitalSignsEdit::setValues(const QJsonObject &values)
{
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        it.value()->setText(values.contains(it.key())
                                ? QString::number(values.value(it.key()).toDouble())
                                : QString());
}

QList<Models::FieldCheck> VitalSignsEdit::checks() const
{
    return Models::VitalSigns::check(values(), m_sex, m_age);
}

QString VitalSignsEdit::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void VitalSignsEdit::recheck()
{
    const QList<Models::FieldCheck> list = checks();
    QStringList lines;
    bool red = false;
    for (QLineEdit *e : std::as_const(m_edits))
        e->setStyleSheet(QString());
    for (const Models::FieldCheck &c : list) {
        const bool refuse = c.severity == Models::FieldCheck::Refuse;
        const bool urgent = refuse || c.severity == Models::FieldCheck::Emergency;
        red = red || urgent;
        if (QLineEdit *e = m_edits.value(c.field))
            if (refuse || c.severity == Models::FieldCheck::Confirm)
                e->setStyleSheet(refuse ? QStringLiteral("border:2px solid #b00020")
                                        : QStringLiteral("border:2px solid #c77800"));
        lines << c.message;
    }
    m_message->setStyleSheet(red ? QStringLiteral("color:#b00020")
                                 : QStringLiteral("color:#8a5a00"));
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    emit changed();
}

} // namespace Gui
