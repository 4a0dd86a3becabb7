// FHIR R4 mapping of every synced kind: ours -> FHIR -> ours is lossless for every field.
#include "fhirsamples.h"
#include "recordmapper.h"
#include "synclabels.h"

#include "clinicalmappers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

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
            // The sync screen's queue, conflicts and refusals name every kind in words.
            QVERIFY2(kindLabel(m->entity()) != m->entity(), qPrintable(m->entity()));
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

    // The programme forms travel as real QuestionnaireResponse items (typed answers, one linkId per
    // question), never as a JSON string; the scores also as Observations.
    static QJsonObject sampleRow(const QString &entity, const QString &name)
    {
        for (const FhirSamples::Sample &s : FhirSamples::all())
            if (s.entity == entity && s.name == name)
                return s.row;
        return {};
    }
    static QJsonObject itemOf(const QJsonArray &items, const QString &linkId)
    {
        for (const QJsonValue &v : items) {
            if (v.toObject().value("linkId").toString() == linkId)
                return v.toObject();
            const QJsonObject inner = itemOf(v.toObject().value("item").toArray(), linkId);
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    static QJsonObject answer(const QJsonArray &items, const QString &linkId)
    {
        return itemOf(items, linkId).value("answer").toArray().at(0).toObject();
    }

    void elderlyServiceItems()
    {
        const RecordMapper *m = mapperForEntity("elderly_service");
        const QJsonObject row = sampleRow("elderly_service", "full");
        const QJsonObject qr = m->toFhir("QuestionnaireResponse-es", row, ctx());
        const QJsonArray items = qr.value("item").toArray();
        QCOMPARE(answer(items, "selfcare.toilet").value("valueInteger").toInt(), 3);
        QCOMPARE(answer(items, "selfcare.eating").value("valueInteger").toInt(), 2);
        QCOMPARE(answer(items, "selfcare-score").value("valueInteger").toInt(), 12);
        QCOMPARE(answer(items, "selfcare-band").value("valueCoding").toObject().value("display"),
                 QJsonValue("中度依赖"));
        QCOMPARE(answer(items, "cognitive-screen").value("valueBoolean"), QJsonValue(true));
        QCOMPARE(answer(items, "mmse").value("valueInteger").toInt(), 22);
        QCOMPARE(answer(items, "gds").value("valueInteger").toInt(), 14);
        QCOMPARE(answer(items, "lifestyle.exercise.minutes").value("valueInteger").toInt(), 30);
        QCOMPARE(answer(items, "lifestyle.sleep_hours").value("valueDecimal").toDouble(), 6.5);
        QCOMPARE(itemOf(items, "lifestyle.diet").value("answer").toArray().size(), 2);
        QCOMPARE(itemOf(items, "guidance").value("answer").toArray().size(), 3);
        QCOMPARE(answer(items, "next-visit").value("valueDate").toString(),
                 QStringLiteral("2026-05-06"));
        QCOMPARE(referenceId(qr.value("encounter")),
                 QStringLiteral("a5000000-0000-4000-8000-000000000001-hc"));
        // Canonical JSON columns need no verbatim copy: the items are the record.
        for (const char *c : {"selfcare-json", "lifestyle-json", "guidance-json"})
            QVERIFY2(extensionValue(qr, c).isNull(), c);
        const QJsonObject adl = m->toFhir("Observation-es-adl", row, ctx());
        QCOMPARE(adl.value("valueInteger").toInt(), 12);
        QCOMPARE(
            conceptCode(
                adl.value("component").toArray().at(0).toObject().value("valueCodeableConcept")),
            QStringLiteral("3"));
        const QJsonObject mmse = m->toFhir("Observation-es-mmse", row, ctx());
        QCOMPARE(conceptCode(mmse.value("code"), "http://loinc.org"), QStringLiteral("72106-8"));
        QCOMPARE(mmse.value("valueInteger").toInt(), 22);
        QCOMPARE(referenceId(mmse.value("derivedFrom").toArray().at(0)),
                 QStringLiteral("e1000000-0000-4000-8000-000000000001-es"));
        // The Observations are views: reading one back gives no column.
        QVERIFY(m->fromFhir("Observation-es-mmse", mmse).isEmpty());
    }

    void tcmAssessmentItems()
    {
        const RecordMapper *m = mapperForEntity("tcm_assessment");
        const QJsonObject row = sampleRow("tcm_assessment", "full");
        const QJsonObject qr = m->toFhir("QuestionnaireResponse-tcm", row, ctx());
        const QJsonArray items = qr.value("item").toArray();
        QCOMPARE(itemOf(items, "answers").value("item").toArray().size(), 33);
        QCOMPARE(answer(items, "q1").value("valueInteger").toInt(), 1);
        QCOMPARE(answer(items, "q33").value("valueInteger").toInt(), 2);
        QCOMPARE(answer(items, "constitution.qixu.score").value("valueInteger").toInt(), 12);
        QCOMPARE(answer(items, "constitution.yinxu.result")
                     .value("valueCoding")
                     .toObject()
                     .value("display")
                     .toString(),
                 QStringLiteral("倾向是"));
        QCOMPARE(itemOf(items, "guidance.yangxu").value("answer").toArray().size(), 3);
        QCOMPARE(answer(items, "guidance-other").value("valueString").toString(),
                 QStringLiteral("每日艾灸足三里"));
        for (const char *c : {"answers", "result-json", "guidance-json"})
            QVERIFY2(extensionValue(qr, c).isNull(), c);
        const QJsonObject yang = m->toFhir("Observation-tcm-yangxu", row, ctx());
        QCOMPARE(conceptCode(yang.value("code")), QStringLiteral("yangxu"));
        QCOMPARE(conceptCode(yang.value("valueCodeableConcept")), QStringLiteral("yes"));
        QCOMPARE(yang.value("valueCodeableConcept")
                     .toObject()
                     .value("coding")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("display")
                     .toString(),
                 QStringLiteral("是"));
        QCOMPARE(yang.value("component").toArray().at(0).toObject().value("valueInteger").toInt(),
                 11);
        const QJsonObject ping =
            m->toFhir("Observation-tcm-pinghe", sampleRow("tcm_assessment", "sparse"), ctx());
        QCOMPARE(conceptCode(ping.value("valueCodeableConcept")), QStringLiteral("basic"));
        // Nothing judged: no Observation.
        QVERIFY(m->toFhir("Observation-tcm-qixu", sampleRow("tcm_assessment", "empty"), ctx())
                    .isEmpty());
    }

    void tbDoseAdministration()
    {
        const RecordMapper *m = mapperForEntity("tb_dose");
        MapContext c = ctx();
        c.scalar = [](const QString &sql, const QVariantList &binds) {
            return sql.contains("tb_patient") &&
                           binds.value(0) == "5c000000-0000-4000-8000-000000000001"
                       ? QVariant(FhirSamples::R1)
                       : QVariant();
        };
        const QJsonObject missed =
            m->toFhir("MedicationAdministration-tbd", sampleRow("tb_dose", "full"), c);
        QCOMPARE(missed.value("status").toString(), QStringLiteral("not-done"));
        QCOMPARE(referenceId(missed.value("subject")), FhirSamples::R1);
        QCOMPARE(referenceId(missed.value("context")),
                 QStringLiteral("5c000000-0000-4000-8000-000000000001-tb"));
        QCOMPARE(missed.value("effectiveDateTime").toString(), QStringLiteral("2024-01-05"));
        const QJsonObject taken =
            m->toFhir("MedicationAdministration-tbd", sampleRow("tb_dose", "sparse"), c);
        QCOMPARE(taken.value("status").toString(), QStringLiteral("completed"));
        QVERIFY(!taken.contains("statusReason"));
    }

    // A newborn's birth weight, length and gestational age travel as Observations of the child;
    // the pull may apply them in any order, and a measurement removed on one side goes on the
    // other.
    void birthMeasurements()
    {
        const RecordMapper *m = mapperForEntity("pregnancy");
        QJsonObject row = sampleRow("pregnancy", "full");
        row.insert("deleted", 0);
        QList<QJsonObject> resources = resourcesOf(*m, row);
        const QJsonObject bw = m->toFhir("Observation-nbw1", row, ctx());
        QCOMPARE(conceptCode(bw.value("code"), "http://loinc.org"), QStringLiteral("8339-4"));
        QCOMPARE(bw.value("valueQuantity").toObject().value("value").toInt(), 3250);
        QCOMPARE(referenceId(bw.value("subject")),
                 QStringLiteral("c0000000-0000-4000-8000-0000000000a1"));
        QCOMPARE(conceptCode(m->toFhir("Observation-nbl1", row, ctx()).value("code")),
                 QStringLiteral("89269-5"));
        QCOMPARE(conceptCode(m->toFhir("Observation-nbga1", row, ctx()).value("code")),
                 QStringLiteral("76516-4"));
        std::reverse(resources.begin(), resources.end());
        QCOMPARE(rowFromResources(*m, resources), row);

        // Twins where only the second was measured, then the first measured too: applied on top
        // of the old row, in reverse order, the result is the new row.
        QJsonObject twins = sampleRow("pregnancy", "twins");
        twins.insert("deleted", 0);
        QJsonObject both = twins;
        both.insert(
            "births",
            R"([{"birth_weight_g":2350,"child_id":"c0000000-0000-4000-8000-0000000000a2"},)"
            R"({"birth_length_cm":46,"birth_weight_g":2400,"child_id":"c0000000-0000-4000-8000-0000000000a3"}])");
        QJsonObject applied = twins;
        QList<QJsonObject> updates = resourcesOf(*m, both);
        std::reverse(updates.begin(), updates.end());
        for (const QJsonObject &r : updates) {
            const auto ref =
                resolveResource(r.value("resourceType").toString(), r.value("id").toString());
            QVERIFY(ref && ref->mapper == m);
            m->applyPart(applied, ref->part, r, false);
        }
        QCOMPARE(applied.value("births"), both.value("births"));
        // And back: the first child's weight and the second's length removed (their resources
        // deleted), the second child's weight now element 1.
        QJsonObject back = both;
        for (const char *key : {"Observation-nbw2", "Observation-nbl2"})
            m->applyPart(back, *m->part(key), {}, true);
        const QJsonObject nbw1 = m->toFhir("Observation-nbw1", twins, ctx());
        m->applyPart(back, *m->part("Observation-nbw1"), nbw1, false);
        QCOMPARE(back.value("births"), twins.value("births"));
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
