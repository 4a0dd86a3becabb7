#include "qritems.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace Sync {

namespace Qr {

QJsonObject integer(qint64 v)
{
    return QJsonObject{{QStringLiteral("valueInteger"), v}};
}
QJsonObject decimal(double v)
{
    return QJsonObject{{QStringLiteral("valueDecimal"), v}};
}
QJsonObject boolean(bool v)
{
    return QJsonObject{{QStringLiteral("valueBoolean"), v}};
}
QJsonObject string(const QString &v)
{
    return v.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("valueString"), v}};
}
QJsonObject date(const QString &v)
{
    return v.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("valueDate"), v}};
}
QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    if (code.isEmpty())
        return {};
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return QJsonObject{{QStringLiteral("valueCoding"), c}};
}

QJsonObject item(const QString &linkId, const QJsonArray &answers, const QString &text)
{
    QJsonObject i{{QStringLiteral("linkId"), linkId}};
    if (!text.isEmpty())
        i.insert(QStringLiteral("text"), text);
    i.insert(QStringLiteral("answer"), answers);
    return i;
}

QJsonObject group(const QString &linkId, const QJsonArray &items, const QString &text)
{
    QJsonObject i{{QStringLiteral("linkId"), linkId}};
    if (!text.isEmpty())
        i.insert(QStringLiteral("text"), text);
    i.insert(QStringLiteral("item"), items);
    return i;
}

void add(QJsonArray &items, const QString &linkId, const QJsonObject &answer, const QString &text)
{
    if (!answer.isEmpty())
        items.append(item(linkId, QJsonArray{answer}, text));
}

void setItems(QJsonObject &response, const QJsonArray &items)
{
    if (!items.isEmpty())
        response.insert(QStringLiteral("item"), items);
}

QJsonObject find(const QJsonArray &items, const QString &linkId)
{
    for (const QJsonValue &v : items) {
        const QJsonObject i = v.toObject();
        if (i.value(QLatin1String("linkId")).toString() == linkId)
            return i;
        const QJsonObject inner = find(i.value(QLatin1String("item")).toArray(), linkId);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

QJsonArray answers(const QJsonArray &items, const QString &linkId)
{
    return find(items, linkId).value(QLatin1String("answer")).toArray();
}

QJsonValue value(const QJsonObject &answer)
{
    for (auto it = answer.begin(); it != answer.end(); ++it)
        if (it.key().startsWith(QLatin1String("value")))
            return it.value();
    return QJsonValue(QJsonValue::Null);
}

QJsonValue first(const QJsonArray &items, const QString &linkId)
{
    const QJsonArray a = answers(items, linkId);
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : value(a.first().toObject());
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(QLatin1String("valueCoding"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

namespace {
// One scalar as an answer; {} when FHIR has no way to say it (null, "", whole numbers outside
// the 32-bit integer of valueInteger are decimals).
QJsonObject scalarAnswer(const QJsonValue &v)
{
    if (v.isBool())
        return boolean(v.toBool());
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) <= double(std::numeric_limits<qint32>::max()))
            return integer(qint64(d));
        return std::isfinite(d) ? decimal(d) : QJsonObject();
    }
    if (v.isString())
        return string(v.toString());
    return {};
}
} // namespace

QJsonArray fromJson(const QJsonObject &o, const QString &prefix)
{
    QJsonArray items;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString linkId = prefix + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            const QJsonArray inner = fromJson(v.toObject(), linkId);
            if (!inner.isEmpty())
                items.append(group(linkId, inner));
        } else if (v.isArray()) {
            QJsonArray answers;
            for (const QJsonValue &e : v.toArray()) {
                const QJsonObject a = scalarAnswer(e);
                if (!a.isEmpty())
                    answers.append(a);
            }
            if (!answers.isEmpty())
                items.append(item(linkId, answers));
        } else {
            add(items, linkId, scalarAnswer(v));
        }
    }
    return items;
}

QJsonObject toJson(const QJsonArray &items, const QString &prefix)
{
    QJsonObject o;
    for (const QJsonValue &iv : items) {
        const QJsonObject i = iv.toObject();
        const QString linkId = i.value(QLatin1String("linkId")).toString();
        if (!linkId.startsWith(prefix + QLatin1Char('.')))
            continue;
        const QString key = linkId.mid(prefix.size() + 1);
        if (i.contains(QLatin1String("item"))) {
            o.insert(key, toJson(i.value(QLatin1String("item")).toArray(), linkId));
            continue;
        }
        const QJsonArray answers = i.value(QLatin1String("answer")).toArray();
        if (answers.size() == 1) {
            o.insert(key, value(answers.first().toObject()));
        } else {
            QJsonArray list;
            for (const QJsonValue &a : answers)
                list.append(value(a.toObject()));
            o.insert(key, list);
        }
    }
    return o;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

namespace {
QString extName(const char *column)
{
    return QString::fromLatin1(column).replace(QLatin1Char('_'), QLatin1Char('-'));
}
} // namespace

void putJsonText(QJsonArray &extensions, const char *column, const QString &text,
                 const QString &rebuilt)
{
    if (text != rebuilt && !text.isEmpty())
        extensions.append(extension(extName(column), QStringLiteral("valueString"), text));
}

QString takeJsonText(const QJsonObject &resource, const char *column, const QString &rebuilt)
{
    const QJsonValue v = extensionValue(resource, extName(column));
    return v.isString() ? v.toString() : rebuilt;
}

} // namespace Qr

} // namespace Sync
