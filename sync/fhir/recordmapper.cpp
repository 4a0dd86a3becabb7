#include "recordmapper.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>

namespace Sync {

QString sidSystem(const QString &name)
{
    return FhirBase + QStringLiteral("/sid/") + name;
}
QString codeSystem(const QString &name)
{
    return FhirBase + QStringLiteral("/CodeSystem/") + name;
}
QString extensionUrl(const QString &name)
{
    return FhirBase + QStringLiteral("/StructureDefinition/") + name;
}

const RecordMapper::Cache &RecordMapper::cache() const
{
    std::call_once(m_once, [this] {
        m_cache.defaults = defaults();
        m_cache.parts = parts();
        for (const Part &p : m_cache.parts)
            m_cache.keys << p.key();
    });
    return m_cache;
}

std::optional<Part> RecordMapper::part(const QString &key) const
{
    const Cache &c = cache();
    for (size_t n = 0; n < c.parts.size(); ++n) {
        const Part &p = c.parts[n];
        if (!p.repeated) {
            if (c.keys[qsizetype(n)] == key)
                return p;
            continue;
        }
        const QString &stem = c.keys[qsizetype(n)];
        if (key.size() > stem.size() && key.startsWith(stem)) {
            bool ok = false;
            const int i = key.mid(stem.size()).toInt(&ok);
            if (ok && i > 0) {
                Part c = p;
                c.index = i;
                return c;
            }
        }
    }
    return std::nullopt;
}

std::vector<Part> RecordMapper::partsFor(const QJsonObject &row) const
{
    std::vector<Part> out;
    for (const Part &p : cachedParts()) {
        if (!p.repeated) {
            out.push_back(p);
            continue;
        }
        const int n = repeatCount(p, row);
        for (int i = 1; i <= n; ++i) {
            Part c = p;
            c.index = i;
            out.push_back(c);
        }
    }
    return out;
}

QStringList RecordMapper::storedColumns() const
{
    QStringList c = columns();
    for (const QString &l : linkColumns())
        c.removeAll(l);
    return c;
}

void RecordMapper::applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                             bool deleted) const
{
    if (deleted) {
        const QJsonObject &d = cachedDefaults();
        for (const QString &c : part.columns)
            if (c != QLatin1String("id"))
                row.insert(c, d.contains(c) ? d.value(c) : QJsonValue(QJsonValue::Null));
        return;
    }
    const QJsonObject partial = fromFhir(part.key(), resource);
    for (auto it = partial.begin(); it != partial.end(); ++it)
        row.insert(it.key(), it.value());
}

std::optional<ResourceRef> resolveResource(const QString &type, const QString &resourceId)
{
    // Every part of every kind, built once (the pull resolves each incoming resource).
    static const std::vector<std::pair<const RecordMapper *, Part>> all = [] {
        std::vector<std::pair<const RecordMapper *, Part>> v;
        for (const auto &m : mappers())
            for (const Part &p : m->parts())
                v.emplace_back(m.get(), p);
        return v;
    }();
    std::optional<ResourceRef> best;
    int bestLen = -1;
    for (const auto &[m, p] : all) {
        if (p.type != type || int(p.suffix.size()) <= bestLen)
            continue;
        if (p.repeated) {
            const int at = resourceId.lastIndexOf(p.suffix);
            if (at <= 0)
                continue;
            bool ok = false;
            const int i = resourceId.mid(at + p.suffix.size()).toInt(&ok);
            if (!ok || i <= 0 || QString::number(i) != resourceId.mid(at + p.suffix.size()))
                continue;
            Part c = p;
            c.index = i;
            best = ResourceRef{m, resourceId.left(at), c};
        } else {
            if (!resourceId.endsWith(p.suffix) || resourceId.size() <= p.suffix.size())
                continue;
            best = ResourceRef{m, resourceId.left(resourceId.size() - p.suffix.size()), p};
        }
        bestLen = int(p.suffix.size());
    }
    return best;
}

QString typeOfKey(const QString &key)
{
    int i = 0;
    while (i < key.size() && key.at(i).isLetter())
        ++i;
    return key.left(i);
}

QJsonObject identifier(const QString &system, const QString &value)
{
    return QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("value"), value}};
}

QString identifierValue(const QJsonObject &resource, const QString &system)
{
    const QJsonArray ids = resource.value(QStringLiteral("identifier")).toArray();
    for (const QJsonValue &v : ids)
        if (v.toObject().value(QStringLiteral("system")).toString() == system)
            return v.toObject().value(QStringLiteral("value")).toString();
    return {};
}

QJsonObject extension(const QString &name, const QString &valueKey, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("url"), extensionUrl(name)}, {valueKey, value}};
}

QJsonValue extensionValue(const QJsonObject &element, const QString &name)
{
    static const QString prefix = extensionUrl(QString());
    for (const QJsonValue &v : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString url = e.value(QLatin1String("url")).toString();
        if (url.size() != prefix.size() + name.size() || !url.endsWith(name) ||
            !url.startsWith(prefix))
            continue;
        for (auto it = e.begin(); it != e.end(); ++it)
            if (it.key().startsWith(QLatin1String("value")))
                return it.value();
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject areaMeta(const QString &village)
{
    return QJsonObject{
        {QStringLiteral("tag"), QJsonArray{QJsonObject{{QStringLiteral("system"), AreaTagSystem},
                                                       {QStringLiteral("code"), village}}}}};
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

bool readLinkField(QSqlDatabase &db, QJsonObject &row, const LinkTable &link)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                  .arg(QLatin1String(link.valueColumn), QLatin1String(link.table),
                       QLatin1String(link.ownerColumn)));
    q.addBindValue(str(row, QStringLiteral("id")));
    if (!q.exec())
        return false;
    QStringList v;
    while (q.next())
        v << q.value(0).toString();
    row.insert(QLatin1String(link.field), v.join(QLatin1Char(',')));
    return true;
}

bool writeLinkField(QSqlDatabase &db, const QJsonObject &row, const LinkTable &link)
{
    const QString id = str(row, QStringLiteral("id"));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                    .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn)));
    del.addBindValue(id);
    if (!del.exec())
        return false;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(%2, %3) VALUES(?, ?)")
                    .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn),
                         QLatin1String(link.valueColumn)));
    for (const QString &v :
         str(row, QLatin1String(link.field)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ins.bindValue(0, id);
        ins.bindValue(1, v);
        if (!ins.exec())
            return false;
    }
    return true;
}

QJsonObject rowFromResources(const RecordMapper &m, const QList<QJsonObject> &resources)
{
    QJsonObject row = m.cachedDefaults();
    for (const QJsonObject &r : resources) {
        const auto ref = resolveResource(r.value(QStringLiteral("resourceType")).toString(),
                                         r.value(QStringLiteral("id")).toString());
        if (ref && ref->mapper == &m)
            m.applyPart(row, ref->part, r, false);
    }
    row.insert(QStringLiteral("deleted"), 0);
    return row;
}

QJsonObject reference(const QString &type, const QString &id)
{
    return QJsonObject{{QStringLiteral("reference"), type + QLatin1Char('/') + id}};
}

QString referenceId(const QJsonValue &ref)
{
    const QString s = ref.toObject().value(QStringLiteral("reference")).toString();
    return s.mid(s.indexOf(QLatin1Char('/')) + 1);
}

QJsonObject codeable(const QString &system, const QString &code, const QString &display)
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{c}}};
}

QString conceptCode(const QJsonValue &cc, const QString &system)
{
    for (const QJsonValue &c : cc.toObject().value(QStringLiteral("coding")).toArray())
        if (system.isEmpty() || c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    return {};
}

namespace {
QString extName(const char *column)
{
    return QString::fromLatin1(column).replace(QLatin1Char('_'), QLatin1Char('-'));
}
} // namespace

void putColumns(QJsonArray &extensions, const QJsonObject &row, const QJsonObject &defaults,
                std::initializer_list<ColumnExt> cols)
{
    for (const ColumnExt &c : cols) {
        const QString col = QString::fromLatin1(c.column);
        const QJsonValue v = row.value(col);
        const QJsonValue d =
            defaults.contains(col) ? defaults.value(col) : QJsonValue(QJsonValue::Null);
        if (v.isUndefined() || v.isNull() || v == d ||
            (v.isString() && v.toString().isEmpty() && (d.isNull() || d.toString().isEmpty())))
            continue;
        switch (c.kind) {
        case 'i':
            extensions.append(extension(extName(c.column), QStringLiteral("valueInteger"),
                                        QJsonValue(qint64(v.toDouble()))));
            break;
        case 'd':
            extensions.append(
                extension(extName(c.column), QStringLiteral("valueDecimal"), v.toDouble()));
            break;
        case 'D':
            extensions.append(
                extension(extName(c.column), QStringLiteral("valueDate"), v.toString()));
            break;
        case 'c':
            extensions.append(
                extension(extName(c.column), QStringLiteral("valueCode"), v.toString()));
            break;
        default:
            extensions.append(
                extension(extName(c.column), QStringLiteral("valueString"),
                          v.isString() ? v.toString() : QString::number(v.toDouble())));
        }
    }
}

void takeColumns(QJsonObject &row, const QJsonObject &element, const QJsonObject &defaults,
                 std::initializer_list<ColumnExt> cols)
{
    // One pass over the element's extensions of ours (name after the StructureDefinition/ prefix,
    // its value[x]), then each column looked up without building its URL.
    static const QString prefix = extensionUrl(QString());
    std::vector<std::pair<QString, QJsonValue>> ours;
    const QJsonArray exts = element.value(QLatin1String("extension")).toArray();
    ours.reserve(size_t(exts.size()));
    for (const QJsonValue &ev : exts) {
        const QJsonObject e = ev.toObject();
        const QString url = e.value(QLatin1String("url")).toString();
        if (!url.startsWith(prefix))
            continue;
        QJsonValue value(QJsonValue::Null);
        for (auto it = e.begin(); it != e.end(); ++it)
            if (it.key().startsWith(QLatin1String("value"))) {
                value = it.value();
                break;
            }
        ours.emplace_back(url.mid(prefix.size()), value);
    }
    auto sameName = [](const QString &name, const char *column) {
        qsizetype i = 0;
        for (; column[i]; ++i)
            if (i >= name.size() || name.at(i) != QLatin1Char(column[i] == '_' ? '-' : column[i]))
                return false;
        return i == name.size();
    };
    for (const ColumnExt &c : cols) {
        const QString col = QString::fromLatin1(c.column);
        QJsonValue v(QJsonValue::Null);
        for (const auto &[name, value] : ours)
            if (sameName(name, c.column)) {
                v = value;
                break;
            }
        if (v.isNull() || v.isUndefined()) {
            row.insert(col,
                       defaults.contains(col) ? defaults.value(col) : QJsonValue(QJsonValue::Null));
            continue;
        }
        if (c.kind == 'i')
            row.insert(col, qint64(v.toDouble()));
        else
            row.insert(col, v);
    }
}

void setExtensions(QJsonObject &element, const QJsonArray &extensions)
{
    if (!extensions.isEmpty())
        element.insert(QStringLiteral("extension"), extensions);
}

const RecordMapper *mapperForEntity(const QString &entity)
{
    for (const auto &m : mappers())
        if (m->entity() == entity)
            return m.get();
    return nullptr;
}

const RecordMapper *mapperForType(const QString &fhirType)
{
    for (const auto &m : mappers())
        for (const Part &p : m->parts())
            if (p.type == fhirType && p.suffix.isEmpty())
                return m.get();
    return nullptr;
}

} // namespace Sync
