// pregnancy (孕产妇保健册, booking to the 42-day check; + its newborns, pregnancy_child) ->
// EpisodeOfCare (the pregnancy's columns as extensions, the newborns' Patient ids as one
// extension), Observation (LOINC 11778-8 estimated delivery date), Flag (the confirmed
// five-colour risk grade, when confirmed) and, per newborn, the birth measurements as
// Observations of the child (subject the newborn's Patient, focus the pregnancy): "-nbw<i>" LOINC
// 8339-4 birth weight (g), "-nbl<i>" 89269-5 body length at birth (cm), "-nbga<i>" 76516-4
// gestational age at birth (days). They travel as the link column `births` (JSON, newborns with a
// measurement, by child id): element i is the resources numbered i.
#include "clinicalmappers.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Sync {

namespace {
const QString Loinc = QStringLiteral("http://loinc.org");
constexpr LinkTable Children{"pregnancy_child", "pregnancy_id", "child_id", "children"};

// A newborn's measurements (pregnancy_child columns, also the keys in `births`).
struct Measure
{
    const char *suffix, *column, *loinc, *display, *unit;
    bool integer;
    bool vitalSign;
};
constexpr Measure Measures[] = {
    {"-nbw", "birth_weight_g", "8339-4", "Birth weight Measured", "g", true, true},
    {"-nbl", "birth_length_cm", "89269-5", "Body height Measured --at birth", "cm", false, true},
    {"-nbga", "gestation_day", "76516-4", "Gestational age--at birth", "d", true, false}};

const Measure *measureOf(const QString &suffix)
{
    for (const Measure &m : Measures)
        if (suffix == QLatin1String(m.suffix))
            return &m;
    return nullptr;
}

QJsonArray births(const QJsonObject &row)
{
    return QJsonDocument::fromJson(str(row, "births").toUtf8()).array();
}

bool measured(const QJsonObject &newborn)
{
    for (const Measure &m : Measures)
        if (newborn.value(QLatin1String(m.column)).isDouble())
            return true;
    return false;
}

// `births`: the newborns with a measurement, by child id, each {"child_id", and the measurements
// it has}.
bool readBirths(QSqlDatabase &db, QJsonObject &row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT child_id, birth_weight_g, birth_length_cm, gestation_day FROM "
                             "pregnancy_child WHERE pregnancy_id = ? ORDER BY child_id"));
    q.addBindValue(str(row, QStringLiteral("id")));
    if (!q.exec())
        return false;
    QJsonArray list;
    while (q.next()) {
        QJsonObject b;
        for (int i = 0; i < 3; ++i) {
            const QVariant v = q.value(i + 1);
            if (!v.isNull())
                b.insert(QLatin1String(Measures[i].column), Measures[i].integer
                                                                ? QJsonValue(v.toLongLong())
                                                                : QJsonValue(v.toDouble()));
        }
        if (b.isEmpty())
            continue;
        b.insert(QStringLiteral("child_id"), q.value(0).toString());
        list.append(b);
    }
    row.insert(QStringLiteral("births"),
               QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    return true;
}

// The newborns (`children`) and their measurements (`births`): rows of children no longer listed
// go, new ones come, and every listed child's measurements are set (kept rows keep nothing else).
bool writeChildren(QSqlDatabase &db, const QJsonObject &row)
{
    const QString id = str(row, QStringLiteral("id"));
    const QStringList ids =
        str(row, QStringLiteral("children")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT child_id FROM pregnancy_child WHERE pregnancy_id = ?"));
    old.addBindValue(id);
    if (!old.exec())
        return false;
    QStringList gone;
    while (old.next())
        if (!ids.contains(old.value(0).toString()))
            gone << old.value(0).toString();
    QSqlQuery del(db);
    del.prepare(
        QStringLiteral("DELETE FROM pregnancy_child WHERE pregnancy_id = ? AND child_id = ?"));
    for (const QString &c : gone) {
        del.bindValue(0, id);
        del.bindValue(1, c);
        if (!del.exec())
            return false;
    }
    QHash<QString, QJsonObject> measures;
    for (const QJsonValue &b : births(row))
        measures.insert(b.toObject().value(QStringLiteral("child_id")).toString(), b.toObject());
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO pregnancy_child(pregnancy_id, child_id) VALUES(?, ?)"));
    QSqlQuery set(db);
    set.prepare(
        QStringLiteral("UPDATE pregnancy_child SET birth_weight_g = ?, birth_length_cm = ?, "
                       "gestation_day = ? WHERE pregnancy_id = ? AND child_id = ?"));
    for (const QString &c : ids) {
        ins.bindValue(0, id);
        ins.bindValue(1, c);
        if (!ins.exec())
            return false;
        const QJsonObject b = measures.value(c);
        for (int i = 0; i < 3; ++i) {
            const QJsonValue v = b.value(QLatin1String(Measures[i].column));
            set.bindValue(i, !v.isDouble()         ? QVariant()
                             : Measures[i].integer ? QVariant(qint64(v.toDouble()))
                                                   : QVariant(v.toDouble()));
        }
        set.bindValue(3, id);
        set.bindValue(4, c);
        if (!set.exec())
            return false;
    }
    return true;
}

#define PREGNANCY_EXT                                                                              \
    {                                                                                              \
        {"lmp", 'D'}, {"edd_rule", 'c'}, {"booking_day", 'i'}, {"gravidity", 'i'},                 \
            {"parity", 'i'}, {"risk_proposed", 'c'}, {"risk_infectious", 'i'},                     \
            {"risk_confirmed_by", 's'}, {"risk_reasons", 's'}, {"midwifery", 'i'},                 \
            {"booking_form", 's'}, {"delivered_on", 'D'}, {"delivery_place", 's'},                 \
            {"delivery_outcome", 's'}, {"discharged_on", 'D'}, {"close_reason", 's'},              \
            {"doctor_id", 's'},                                                                    \
        {                                                                                          \
            "children", 's'                                                                        \
        }                                                                                          \
    }

class PregnancyMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("pregnancy"); }
    QString table() const override { return QStringLiteral("pregnancy"); }
    int rank() const override { return 3; }
    QStringList columns() const override
    {
        return {"id",
                "resident_id",
                "lmp",
                "edd",
                "edd_rule",
                "booked_on",
                "booking_day",
                "gravidity",
                "parity",
                "risk_proposed",
                "risk_grade",
                "risk_infectious",
                "risk_confirmed_by",
                "risk_reasons",
                "midwifery",
                "booking_form",
                "delivered_on",
                "delivery_place",
                "delivery_outcome",
                "discharged_on",
                "closed_on",
                "close_reason",
                "doctor_id",
                "children",
                "births"};
    }
    QStringList linkColumns() const override { return {"children", "births"}; }
    std::vector<Part> parts() const override
    {
        QStringList ep = columns();
        ep.removeAll("edd");
        ep.removeAll("risk_grade");
        ep.removeAll("births");
        std::vector<Part> p{Part{"EpisodeOfCare", ep, "-preg"},
                            Part{"Observation", {"edd"}, "-edd"},
                            Part{"Flag", {"risk_grade"}, "-risk", true}};
        for (const Measure &m : Measures)
            p.push_back(Part{"Observation", {"births"}, QLatin1String(m.suffix), true, true});
        return p;
    }
    QJsonObject defaults() const override
    {
        QJsonObject d;
        for (const char *c :
             {"resident_id", "lmp", "edd", "booked_on", "risk_grade", "risk_confirmed_by",
              "delivery_place", "delivery_outcome", "close_reason", "doctor_id", "children"})
            d.insert(c, QString());
        for (const char *c : {"delivered_on", "discharged_on", "closed_on"})
            d.insert(c, QJsonValue::Null);
        d.insert("edd_rule", "naegele");
        d.insert("booking_day", 0);
        d.insert("gravidity", 1);
        d.insert("parity", 0);
        d.insert("risk_proposed", "green");
        d.insert("risk_infectious", 0);
        d.insert("risk_reasons", "[]");
        d.insert("midwifery", 0);
        d.insert("booking_form", "{}");
        d.insert("births", "[]");
        return d;
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    bool readLinks(QSqlDatabase &db, QJsonObject &row) const override
    {
        return readLinkField(db, row, Children) && readBirths(db, row);
    }
    bool afterWrite(QSqlDatabase &db, const QJsonObject &, const QJsonObject &row) const override
    {
        return writeChildren(db, row);
    }
    int repeatCount(const Part &, const QJsonObject &row) const override
    {
        return int(births(row).size());
    }
    void applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                   bool deleted) const override;

    QJsonObject toFhir(const QString &key, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QJsonObject r{{"resourceType", typeOfKey(key)},
                      {"id", id + key.mid(typeOfKey(key).size())},
                      {"meta", areaMeta(area(row, ctx))}};
        const QJsonObject patient = reference("Patient", str(row, "resident_id"));
        const QJsonObject episode = reference("EpisodeOfCare", id + "-preg");
        if (key == QLatin1String("EpisodeOfCare-preg")) {
            r.insert("identifier", QJsonArray{identifier(sidSystem("pregnancy"), id)});
            const bool closed = !str(row, "closed_on").isEmpty();
            r.insert("status", closed ? "finished" : "active");
            r.insert("type", QJsonArray{codeable(codeSystem("care-programme"), "maternal",
                                                 "孕产妇健康管理")});
            r.insert("patient", patient);
            QJsonObject period{{"start", str(row, "booked_on")}};
            if (closed)
                period.insert("end", str(row, "closed_on"));
            r.insert("period", period);
            QJsonArray ext;
            putColumns(ext, row, cachedDefaults(), PREGNANCY_EXT);
            setExtensions(r, ext);
            return r;
        }
        if (key == QLatin1String("Observation-edd")) {
            r.insert("status", "final");
            r.insert("code", codeable(Loinc, "11778-8", "Delivery date Estimated"));
            r.insert("subject", patient);
            r.insert("focus", QJsonArray{episode});
            r.insert("effectiveDateTime", str(row, "booked_on"));
            r.insert("valueDateTime", str(row, "edd"));
            return r;
        }
        if (key.startsWith(QLatin1String("Observation-nb")))
            return birthObservation(key, row, r);
        // Flag: the colour a doctor confirmed
        if (str(row, "risk_grade").isEmpty())
            return {};
        r.insert("status", "active");
        r.insert("category",
                 QJsonArray{
                     codeable("http://terminology.hl7.org/CodeSystem/flag-category", "clinical")});
        r.insert("code", codeable(codeSystem("pregnancy-risk"), str(row, "risk_grade")));
        r.insert("subject", patient);
        r.insert("period", QJsonObject{{"start", str(row, "booked_on")}});
        return r;
    }

private:
    QJsonObject birthObservation(const QString &key, const QJsonObject &row, QJsonObject r) const
    {
        const QString part = key.mid(QStringLiteral("Observation").size()); // "-nbw1"
        qsizetype digits = part.size();
        while (digits > 0 && part.at(digits - 1).isDigit())
            --digits;
        const Measure *m = measureOf(part.left(digits));
        const int index = part.mid(digits).toInt();
        const QJsonObject b = births(row).at(index - 1).toObject();
        const QJsonValue v = b.value(QLatin1String(m ? m->column : ""));
        if (!m || !v.isDouble() || str(b, QStringLiteral("child_id")).isEmpty())
            return {};
        r.insert("status", "final");
        if (m->vitalSign)
            r.insert("category", QJsonArray{codeable(
                                     "http://terminology.hl7.org/CodeSystem/observation-category",
                                     "vital-signs")});
        r.insert("code", codeable(Loinc, m->loinc, m->display));
        r.insert("subject", reference("Patient", str(b, QStringLiteral("child_id"))));
        r.insert("focus", QJsonArray{reference("EpisodeOfCare", str(row, "id") + "-preg")});
        if (!str(row, "delivered_on").isEmpty())
            r.insert("effectiveDateTime", str(row, "delivered_on"));
        r.insert("valueQuantity", quantity(v.toDouble(), m->unit, m->unit));
        return r;
    }

public:
    QJsonObject fromFhir(const QString &key, const QJsonObject &r) const override
    {
        QJsonObject row;
        if (key == QLatin1String("EpisodeOfCare-preg")) {
            const QString id = r.value("id").toString();
            row.insert("id", id.left(id.size() - 5));
            row.insert("resident_id", referenceId(r.value("patient")));
            const QJsonObject period = r.value("period").toObject();
            row.insert("booked_on", period.value("start").toString());
            row.insert("closed_on", nullable(period.value("end").toString()));
            takeColumns(row, r, cachedDefaults(), PREGNANCY_EXT);
            return row;
        }
        if (key == QLatin1String("Observation-edd")) {
            row.insert("edd", r.value("valueDateTime").toString());
            return row;
        }
        row.insert("risk_grade", conceptCode(r.value("code"), codeSystem("pregnancy-risk")));
        return row;
    }
};
} // namespace

// A newborn's measurement put in its place in `births` (element i = the resources numbered i); a
// deleted one is cleared, and newborns left with no measurement at the end of the list go.
void PregnancyMapper::applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                                bool deleted) const
{
    const Measure *m = part.repeated ? measureOf(part.suffix) : nullptr;
    if (!m) {
        RecordMapper::applyPart(row, part, resource, deleted);
        return;
    }
    QJsonArray list = births(row);
    const int i = part.index - 1;
    if (deleted) {
        if (i < list.size()) {
            QJsonObject b = list.at(i).toObject();
            b.remove(QLatin1String(m->column));
            list[i] = b;
        }
    } else {
        const QString child = referenceId(resource.value("subject"));
        while (list.size() <= i)
            list.append(QJsonObject());
        QJsonObject b = list.at(i).toObject();
        if (str(b, QStringLiteral("child_id")) != child)
            b = QJsonObject{{"child_id", child}};
        const QJsonValue v = resource.value("valueQuantity").toObject().value("value");
        if (v.isDouble())
            b.insert(QLatin1String(m->column),
                     m->integer ? QJsonValue(qint64(v.toDouble())) : QJsonValue(v.toDouble()));
        list[i] = b;
    }
    while (!list.isEmpty() && !measured(list.last().toObject()))
        list.removeLast();
    row.insert("births", QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

std::unique_ptr<RecordMapper> makePregnancyMapper()
{
    return std::make_unique<PregnancyMapper>();
}

} // namespace Sync
