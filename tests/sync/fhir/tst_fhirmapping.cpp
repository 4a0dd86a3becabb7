// FHIR R4 mapping of every synced kind: ours -> FHIR -> ours is lossless for every field.
#include "fhirsamples.h"
#include "recordmapper.h"

#include "clinicalmappers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Sync;

class TestFhirMapping : public QObject
{
    Q_OBJECT

    MapContext ctx()
    {
        MapContext c;
        c.residentVillage = [](const QString &) { return QStringLiteral("110101001001"); };
        c.recordArea = [](const QString &, const QString &) {
            return QStringLiteral("110101001002");
        };
        c.homeArea = QStringLiteral("110101001000");
        return c;
    }

    QList<QJsonObject> resourcesOf(const RecordMapper &m, const QJsonObject &row)
    {
        QList<QJsonObject> resources;
        for (const Part &p : m.partsFor(row)) {
            const QJsonObject r = m.toFhir(p.key(), row, ctx());
            if (r.isEmpty()) {
                [&] { QVERIFY2(p.optional, qPrintable(p.key())); }();
                continue;
            }
            [&] {
                QCOMPARE(r.value("resourceType").toString(), p.type);
                QCOMPARE(r.value("id").toString(), p.resourceId(row.value("id").toString()));
                const auto ref = resolveResource(p.type, r.value("id").toString());
                QVERIFY2(ref && ref->mapper == &m && ref->part.key() == p.key(),
                         qPrintable(p.key()));
                QCOMPARE(ref->recordId, row.value("id").toString());
                QCOMPARE(r.value("meta")
                             .toObject()
                             .value("tag")
                             .toArray()
                             .at(0)
                             .toObject()
                             .value("code")
                             .toString()
                             .size(),
                         12);
            }();
            // serialise and parse, as on the wire
            resources << QJsonDocument::fromJson(QJsonDocument(r).toJson()).object();
        }
        return resources;
    }

    QJsonObject roundTrip(const RecordMapper &m, QJsonObject row)
    {
        return rowFromResources(m, resourcesOf(m, row));
    }

    void check(const QString &entity, QJsonObject row, int expectedResources = -1)
    {
        const RecordMapper *m = mapperForEntity(entity);
        QVERIFY(m);
        row.insert(QStringLiteral("deleted"), 0);
        const QJsonObject back = roundTrip(*m, row);
        for (const QString &c : m->columns())
            QVERIFY2(back.value(c) == row.value(c),
                     qPrintable(QStringLiteral("%1.%2: %3 != %4")
                                    .arg(entity, c,
                                         QString::fromUtf8(QJsonDocument(QJsonArray{row.value(c)})
                                                               .toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonArray{back.value(c)})
                                                               .toJson(QJsonDocument::Compact)))));
        QCOMPARE(back, row);
        if (expectedResources >= 0)
            QCOMPARE(int(resourcesOf(*m, row).size()), expectedResources);
    }

private slots:
    void registry()
    {
        QVERIFY(mapperForType(QStringLiteral("Patient")));
        QVERIFY(mapperForType(QStringLiteral("Group")));
        QCOMPARE(mapperForType(QStringLiteral("Condition")),
                 mapperForType(QStringLiteral("EpisodeOfCare")));
        int last = -1;
        for (const auto &m : mappers()) {
            QVERIFY(m->rank() >= last); // dependency order: households, residents, registrations
            last = m->rank();
            QCOMPARE(m->columns().first(), QStringLiteral("id"));
            QStringList covered;
            for (const Part &p : m->parts())
                covered << p.columns;
            for (const QString &c : m->columns())
                QVERIFY2(covered.contains(c), qPrintable(c)); // every column travels in some part
        }
    }

    void residentFull()
    {
        check(QStringLiteral("resident"),
              QJsonObject{{"id", "7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c11"},
                          {"record_no", "11010100100100042"},
                          {"name", "张三丰"},
                          {"sex", "F"},
                          {"birth_date", "1950-02-28"},
                          {"id_number", "11010119500228002X"},
                          {"phone", "13800138000"},
                          {"address", "幸福村3组12号"},
                          {"village_code", "110101001001"},
                          {"residence_type", 2},
                          {"ethnicity", "03"},
                          {"household_id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c22"},
                          {"relation", "02"},
                          {"work_unit", "县第一中学"},
                          {"contact_name", "李四"},
                          {"contact_phone", "13900139000"},
                          {"contact_relation", "MTH"},
                          {"life_status", "active"},
                          {"life_date", QJsonValue::Null},
                          {"life_reason", ""}});
    }

    void residentSparse()
    {
        check(QStringLiteral("resident"),
              QJsonObject{{"id", "00000000-2b9a-4e55-9a10-3f1f6f0b2c11"},
                          {"record_no", "11010100100100043"},
                          {"name", "王"},
                          {"sex", "M"},
                          {"birth_date", "2024-01-01"},
                          {"id_number", QJsonValue::Null},
                          {"phone", ""},
                          {"address", ""},
                          {"village_code", "110101001001"},
                          {"residence_type", 1},
                          {"ethnicity", "01"},
                          {"household_id", QJsonValue::Null},
                          {"relation", ""},
                          {"work_unit", ""},
                          {"contact_name", ""},
                          {"contact_phone", "13900139000"},
                          {"contact_relation", ""},
                          {"life_status", "active"},
                          {"life_date", QJsonValue::Null},
                          {"life_reason", ""}});
    }

    // The lifecycle (0017) travels: deceasedDateTime for a death, active=false once the resident
    // left, the kind, date and reason as extensions; every state comes back as it was.
    void residentLifecycle_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("reason");
        QTest::newRow("deceased") << "deceased"
                                  << "2026-11-02"
                                  << "脑卒中";
        QTest::newRow("moved") << "moved"
                               << "2026-05-01"
                               << "广东省广州市天河区";
        QTest::newRow("closed") << "closed"
                                << "2026-01-15"
                                << "重复建档";
        QTest::newRow("active after a transfer in") << "active"
                                                    << ""
                                                    << "";
    }
    void residentLifecycle()
    {
        QFETCH(QString, status);
        QFETCH(QString, date);
        QFETCH(QString, reason);
        QJsonObject row{{"id", "7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c99"},
                        {"record_no", "11010100100100099"},
                        {"name", "刘大爷"},
                        {"sex", "M"},
                        {"birth_date", "1940-06-01"},
                        {"id_number", QJsonValue::Null},
                        {"phone", ""},
                        {"address", ""},
                        {"village_code", "110101001001"},
                        {"residence_type", 1},
                        {"ethnicity", "01"},
                        {"household_id", QJsonValue::Null},
                        {"relation", ""},
                        {"work_unit", ""},
                        {"contact_name", ""},
                        {"contact_phone", ""},
                        {"contact_relation", ""},
                        {"life_status", status},
                        {"life_date", date.isEmpty() ? QJsonValue() : QJsonValue(date)},
                        {"life_reason", reason}};
        check(QStringLiteral("resident"), row);
        const QJsonObject p = mapperForEntity(QStringLiteral("resident"))
                                  ->toFhir(QStringLiteral("Patient"), row, ctx());
        QCOMPARE(p.value("active").toBool(), status == QLatin1String("active"));
        if (status == QLatin1String("deceased"))
            QCOMPARE(p.value("deceasedDateTime").toString(), date);
        else
            QVERIFY(!p.contains("deceasedDateTime"));
        if (!reason.isEmpty())
            QCOMPARE(extensionValue(p, "life-reason").toString(), reason);
    }

    // A Patient from another FHIR server says only what R4 has: a death, or inactive.
    void foreignPatientLifecycle()
    {
        const RecordMapper *m = mapperForEntity(QStringLiteral("resident"));
        QJsonObject p{{"resourceType", "Patient"},
                      {"id", "x1"},
                      {"name", QJsonArray{QJsonObject{{"text", "某某"}}}},
                      {"gender", "female"},
                      {"birthDate", "1950-01-01"},
                      {"deceasedDateTime", "2026-03-04T08:30:00+08:00"}};
        QJsonObject row = m->fromFhir(QStringLiteral("Patient"), p);
        QCOMPARE(row.value("life_status").toString(), QStringLiteral("deceased"));
        QCOMPARE(row.value("life_date").toString(), QStringLiteral("2026-03-04"));
        p.remove("deceasedDateTime");
        p.insert("active", false);
        row = m->fromFhir(QStringLiteral("Patient"), p);
        QCOMPARE(row.value("life_status").toString(), QStringLiteral("closed"));
        p.insert("active", true);
        row = m->fromFhir(QStringLiteral("Patient"), p);
        QCOMPARE(row.value("life_status").toString(), QStringLiteral("active"));
        QVERIFY(row.value("life_date").isNull());
    }

    void patientIdentifiers()
    {
        const RecordMapper *m = mapperForEntity(QStringLiteral("resident"));
        const QJsonObject p = m->toFhir(QStringLiteral("Patient"),
                                        QJsonObject{{"id", "7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c11"},
                                                    {"record_no", "11010100100100042"},
                                                    {"name", "张三"},
                                                    {"sex", "M"},
                                                    {"birth_date", "1950-02-28"},
                                                    {"id_number", "110101195002280011"},
                                                    {"village_code", "110101001001"}},
                                        ctx());
        QCOMPARE(identifierValue(p, sidSystem("resident")),
                 QStringLiteral("7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c11"));
        QCOMPARE(identifierValue(p, sidSystem("national-id")),
                 QStringLiteral("110101195002280011"));
        QCOMPARE(identifierValue(p, sidSystem("health-record-no")),
                 QStringLiteral("11010100100100042"));
        for (const QJsonValue &v : p.value("identifier").toArray())
            QVERIFY(
                !v.toObject().value("value").toString().startsWith("urn:")); // never the fullUrl
        QCOMPARE(p.value("meta")
                     .toObject()
                     .value("tag")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("110101001001"));
    }

    void household()
    {
        check(QStringLiteral("household"),
              QJsonObject{{"id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c22"},
                          {"village_code", "110101001001"},
                          {"address", "幸福村3组12号"},
                          {"head_id", "7d0f3c1e-2b9a-4e55-9a10-3f1f6f0b2c11"}});
        check(QStringLiteral("household"),
              QJsonObject{{"id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c23"},
                          {"village_code", "110101001001"},
                          {"address", ""},
                          {"head_id", QJsonValue::Null}});
    }

    void everyKind_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<int>("resources");
        for (const FhirSamples::Sample &s : FhirSamples::all())
            QTest::newRow(qPrintable(s.entity + QLatin1Char('/') + s.name))
                << s.entity << s.row << s.resources;
    }

    // Lossless round trip of every kind (full and sparse), resource ids and the number of
    // resources each emits.
    void everyKind()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, row);
        QFETCH(int, resources);
        check(entity, row, resources);
    }

    void everyKindHasSamples()
    {
        for (const auto &m : mappers()) {
            int n = 0;
            for (const FhirSamples::Sample &s : FhirSamples::all())
                n += s.entity == m->entity();
            QVERIFY2(n >= 2 || m->entity() == QLatin1String("resident") ||
                         m->entity() == QLatin1String("household") ||
                         m->entity() == QLatin1String("chronic_registration"),
                     qPrintable(m->entity())); // full and sparse (the first three are tested below)
        }
    }

    void partsAreUnambiguous()
    {
        // A (type, id suffix) pair belongs to one kind only, so an incoming resource (or
        // tombstone) finds its record by its id alone.
        QSet<QString> seen;
        for (const auto &m : mappers())
            for (const Part &p : m->parts()) {
                const QString k = p.type + QLatin1Char('|') + p.suffix;
                QVERIFY2(!seen.contains(k), qPrintable(k));
                seen.insert(k);
            }
        QVERIFY(!resolveResource("Observation", "x"));
        const auto bp = resolveResource("Observation", "0f1e2d3c-1111-4222-8333-444455556666-bp");
        QVERIFY(bp);
        QCOMPARE(bp->mapper->entity(), QStringLiteral("chronic_followup"));
        QCOMPARE(bp->recordId, QStringLiteral("0f1e2d3c-1111-4222-8333-444455556666"));
        const auto med =
            resolveResource("MedicationStatement", "0f1e2d3c-1111-4222-8333-444455556666-med12");
        QVERIFY(med);
        QCOMPARE(med->part.index, 12);
        QCOMPARE(med->part.key(), QStringLiteral("MedicationStatement-med12"));
    }

    void cvxTable()
    {
        // resources/codes/vaccine_cvx.json, pinned
        QCOMPARE(cvxFor("HepB").first, QStringLiteral("08"));
        QCOMPARE(cvxFor("BCG").first, QStringLiteral("19"));
        QCOMPARE(cvxFor("MMR").first, QStringLiteral("03"));
        QCOMPARE(cvxFor("DTaP-IPV/Hib").first, QStringLiteral("120"));
        QVERIFY(cvxFor("EV71").first.isEmpty());
    }

    void chronic()
    {
        check(QStringLiteral("chronic_registration"), QJsonObject{{"id", "c1"},
                                                                  {"resident_id", "r1"},
                                                                  {"programme", "diabetes"},
                                                                  {"icd10", "E11.900"},
                                                                  {"icd_version", "国家临床版2.0"},
                                                                  {"diagnosed_on", "2019-05-02"},
                                                                  {"diagnosis_source", "县医院"},
                                                                  {"risk_level", "high"},
                                                                  {"registered_on", "2019-06-01"},
                                                                  {"doctor_id", "u7"},
                                                                  {"closed_on", "2023-01-09"},
                                                                  {"close_reason", "moved"},
                                                                  {"close_note", "迁往外省"}});
        check(QStringLiteral("chronic_registration"),
              QJsonObject{{"id", "c2"},
                          {"resident_id", "r1"},
                          {"programme", "hypertension"},
                          {"icd10", "I10"},
                          {"icd_version", ""},
                          {"diagnosed_on", "2019-05-02"},
                          {"diagnosis_source", ""},
                          {"risk_level", ""},
                          {"registered_on", "2019-06-01"},
                          {"doctor_id", ""},
                          {"closed_on", QJsonValue::Null},
                          {"close_reason", QJsonValue::Null},
                          {"close_note", ""}});
    }
};

QTEST_GUILESS_MAIN(TestFhirMapping)
#include "tst_fhirmapping.moc"
