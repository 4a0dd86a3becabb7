#pragma once

// QuestionnaireResponse items for the programme forms (elderly service, TCM): typed answers
// (valueInteger, valueDecimal, valueBoolean, valueString, valueDate, valueCoding) built from a
// row's columns and read back, and a generic mapping of a JSON column (an object of scalars,
// lists of scalars and nested objects) to items. A JSON column whose text the items cannot give
// back exactly (not compact, nulls, empty strings, lists of objects) also travels verbatim as
// ext:<column> (putJsonText), so the round trip stays lossless whatever the column holds.

#include "recordmapper.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sync {

namespace Qr {

QJsonObject integer(qint64 v);
QJsonObject decimal(double v);
QJsonObject boolean(bool v);
QJsonObject string(const QString &v); // an empty string has no answer: the caller leaves it out
QJsonObject date(const QString &v);
QJsonObject coding(const QString &system, const QString &code, const QString &display = {});

// An item with answers, or a group with items; `text` is optional (the form's wording).
QJsonObject item(const QString &linkId, const QJsonArray &answers, const QString &text = {});
QJsonObject group(const QString &linkId, const QJsonArray &items, const QString &text = {});
// Appends to `items` only when there is something to carry.
void add(QJsonArray &items, const QString &linkId, const QJsonObject &answer,
         const QString &text = {});

// Sets QuestionnaireResponse.item when there are items.
void setItems(QJsonObject &response, const QJsonArray &items);

// The item with `linkId` among `items` and their nested items (groups), or {}.
QJsonObject find(const QJsonArray &items, const QString &linkId);
QJsonArray answers(const QJsonArray &items, const QString &linkId);
// The value of the first answer (valueInteger, valueString ... whichever it has), null if none.
QJsonValue value(const QJsonObject &answer);
QJsonValue first(const QJsonArray &items, const QString &linkId);
QString codeOf(const QJsonObject &answer); // valueCoding.code

// A JSON object as items: each member `k` is the item `<prefix>.<k>`: a scalar one answer, a
// list of scalars one answer each, an object a group. Members the items cannot carry are left out
// (the column then also travels verbatim, see putJsonText).
QJsonArray fromJson(const QJsonObject &o, const QString &prefix);
QJsonObject toJson(const QJsonArray &items, const QString &prefix);

QString compact(const QJsonObject &o);
QString compact(const QJsonArray &a);

// The column's text verbatim as ext:<column> when `rebuilt` (what fromFhir makes of the items)
// differs from it; `takeJsonText` gives it back, or `rebuilt` when the extension is absent.
void putJsonText(QJsonArray &extensions, const char *column, const QString &text,
                 const QString &rebuilt);
QString takeJsonText(const QJsonObject &resource, const char *column, const QString &rebuilt);

} // namespace Qr

} // namespace Sync
