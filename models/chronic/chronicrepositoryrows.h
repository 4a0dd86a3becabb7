#pragma once

// Private to models/chronic/: file-local helpers shared by chronicrepository.cpp (registrations)
// and chronicfollowups.cpp (follow-ups).

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Models {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChronicRepository)
};

inline Error invalid(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("followup.invalid"), message, field);
}

inline QVariant dateVar(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
inline QVector<QVariant> notNullText(QVector<QVariant> values)
{
    for (QVariant &v : values)
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QString(QLatin1String(""));
    return values;
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

} // namespace Models
