// Every resource the workstation's mappers emit (every kind, full and sparse records) is accepted
// by the platform's validation (FHIR R4 structure, formats, references): the platform must never
// refuse what the real client sends. A real jiayi-platform over HTTPS on 127.0.0.1.
#include "../platform/platformtestutil.h"
#include "clinicalmappers.h"
#include "fhirsamples.h"
#include "recordmapper.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Sync;

class TestFhirPlatformAccepts : public QObject
{
    Q_OBJECT

    static MapContext ctx()
    {
        MapContext c;
        c.residentVillage = [](const QString &) { return QStringLiteral("430121101001"); };
        c.recordArea = [](const QString &, const QString &) {
            return QStringLiteral("430121101001");
        };
        c.homeArea = QStringLiteral("430121101001");
        c.scalar = [](const QString &, const QVariantList &) { return QVariant(2); };
        return c;
    }

private slots:
    void everyEmittedResourceIsAccepted()
    {
        QList<QJsonObject> resources;
        for (const FhirSamples::Sample &s : FhirSamples::all()) {
            const RecordMapper *m = mapperForEntity(s.entity);
            QVERIFY2(m, qPrintable(s.entity));
            for (const Part &p : m->partsFor(s.row)) {
                const QJsonObject r = m->toFhir(p.key(), s.row, ctx());
                if (!r.isEmpty())
                    resources << r;
            }
        }
        const QJsonObject patient{{"id", FhirSamples::R1},
                                  {"record_no", "43012110100100042"},
                                  {"name", "张三丰"},
                                  {"sex", "F"},
                                  {"birth_date", "1950-02-28"},
                                  {"id_number", "43012119500228002X"},
                                  {"phone", "13800138000"},
                                  {"address", "幸福村3组12号"},
                                  {"village_code", "430121101001"},
                                  {"residence_type", 2},
                                  {"ethnicity", "03"},
                                  {"household_id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c22"},
                                  {"relation", "02"},
                                  {"work_unit", "县第一中学"},
                                  {"contact_name", "李四"},
                                  {"contact_phone", "13900139000"}};
        const QJsonObject group{{"id", "9a1e3c1e-2b9a-4e55-9a10-3f1f6f0b2c22"},
                                {"village_code", "430121101001"},
                                {"address", "幸福村3组12号"},
                                {"head_id", FhirSamples::R1}};
        for (const auto &[entity, row] :
             {std::pair{"resident", patient}, std::pair{"household", group}}) {
            const RecordMapper *m = mapperForEntity(QLatin1String(entity));
            for (const Part &p : m->partsFor(row))
                resources.prepend(m->toFhir(p.key(), row, ctx()));
            // As the client pushes them: the household (rank 0, naming its head) before the
            // resident.
        }
        // The Patients the samples point to that no sample is: made as the resident mapper would.
        QSet<QString> patients;
        for (const QJsonObject &r : resources)
            if (r.value("resourceType").toString() == QLatin1String("Patient"))
                patients.insert(r.value("id").toString());
        static const QRegularExpression ref(QStringLiteral("\"Patient/([A-Za-z0-9\\-\\.]+)\""));
        QList<QJsonObject> extra;
        for (const QJsonObject &r : resources) {
            auto it = ref.globalMatch(QString::fromUtf8(QJsonDocument(r).toJson()));
            while (it.hasNext()) {
                const QString id = it.next().captured(1);
                if (!patients.contains(id)) {
                    patients.insert(id);
                    QJsonObject row = patient;
                    row.insert("id", id);
                    const RecordMapper *m = mapperForEntity(QStringLiteral("resident"));
                    for (const Part &p : m->partsFor(row)) {
                        const QJsonObject pr = m->toFhir(p.key(), row, ctx());
                        if (pr.value("resourceType").toString() == QLatin1String("Patient"))
                            extra << pr;
                    }
                }
            }
        }
        resources = extra + resources;

        QTemporaryDir tmp;
        PlatformTest::Platform platform;
        QVERIFY(platform.start(tmp.path()));
        // The samples' areas: the county's, and one team of another province.
        const QString token = platform.addToken(QStringLiteral("430121"), QStringLiteral("clinic"),
                                                {QStringLiteral("110101")});
        QStringList refused;
        QSet<QString> sent, types;
        for (const QJsonObject &r : resources) {
            const QString url = r.value("resourceType").toString() + '/' + r.value("id").toString();
            if (sent.contains(url))
                continue; // the same resource from two samples
            sent.insert(url);
            types.insert(r.value("resourceType").toString());
            const PlatformTest::Reply reply =
                platform.request("POST", "/fhir", PlatformTest::bundle({r}), token);
            if (reply.status != 200)
                refused
                    << QStringLiteral("%1 %2: %3").arg(reply.status).arg(url, reply.diagnostics());
        }
        qInfo("%d resources of %d types sent", int(sent.size()), int(types.size()));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QCOMPARE(platform.count(), qint64(sent.size()));
    }
};

QTEST_MAIN(TestFhirPlatformAccepts)
#include "tst_fhirplatformaccepts.moc"
