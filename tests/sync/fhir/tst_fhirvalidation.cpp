// Every resource the mappers emit (every kind, full and sparse records) is valid FHIR R4 according
// to an independent validator: @medplum/core's validateResource, run with node
// (tools/fhir-validate). Skips only when node is absent.
#include "clinicalmappers.h"
#include "fhirsamples.h"
#include "recordmapper.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sync;

class TestFhirValidation : public QObject
{
    Q_OBJECT

    QString m_node;
    QString m_tool; // directory with validate.js and node_modules
    QTemporaryDir m_tmp;

    static QString sourceDir() { return QDir::cleanPath(QStringLiteral(JIAYI_TEST_DATA "/../..")); }

    // Runs validate.js on a file; returns its exit code and output.
    int validate(const QString &file, QByteArray *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_node, {m_tool + QStringLiteral("/validate.js"), file});
        if (!p.waitForFinished(180000))
            return -1;
        *out = p.readAll();
        return p.exitCode();
    }

    static MapContext ctx()
    {
        MapContext c;
        c.residentVillage = [](const QString &) { return QStringLiteral("430121101001"); };
        c.recordArea = [](const QString &, const QString &) {
            return QStringLiteral("430121101001");
        };
        c.homeArea = QStringLiteral("430121101001");
        c.scalar = [](const QString &, const QVariantList &) {
            return QVariant(2);
        }; // dose numbers
        return c;
    }

private slots:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            QSKIP("node is absent: FHIR validation needs node and npm (scripts/install-deps.sh "
                  "installs them)");
        const QString src = sourceDir() + QStringLiteral("/tools/fhir-validate");
        QVERIFY2(QFile::exists(src + QStringLiteral("/package-lock.json")), qPrintable(src));
        if (QFile::exists(src + QStringLiteral("/node_modules/@medplum/core/package.json"))) {
            m_tool = src; // scripts/install-deps.sh ran `npm ci` there
            return;
        }
        // Otherwise install the pinned packages into the build tree once.
        m_tool = QDir::currentPath() + QStringLiteral("/fhir-validate");
        QDir().mkpath(m_tool);
        for (const char *f : {"package.json", "package-lock.json", "validate.js"}) {
            QFile::remove(m_tool + QLatin1Char('/') + QLatin1String(f));
            QVERIFY(QFile::copy(src + QLatin1Char('/') + QLatin1String(f),
                                m_tool + QLatin1Char('/') + QLatin1String(f)));
        }
        if (!QFile::exists(m_tool + QStringLiteral("/node_modules/@medplum/core/package.json"))) {
            const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
            QVERIFY2(!npm.isEmpty(),
                     "node is installed but npm is not: run scripts/install-deps.sh");
            QProcess p;
            p.setWorkingDirectory(m_tool);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(npm, {"ci", "--no-audit", "--no-fund"});
            QVERIFY(p.waitForFinished(600000));
            QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        }
    }

    // The validator itself rejects what it should (so a pass below means something).
    void validatorCatchesErrors()
    {
        const QString f = m_tmp.filePath(QStringLiteral("bad.jsonl"));
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            R"({"resourceType":"Observation","id":"x","status":"final"})"
            "\n"
            R"({"resourceType":"Encounter","id":"y","status":"finished","class":{"code":"AMB"},"periodd":{}})"
            "\n");
        out.close();
        QByteArray output;
        QCOMPARE(validate(f, &output), 1);
        QVERIFY2(output.contains("Observation.code"), output.constData());
        QVERIFY2(output.contains("periodd"), output.constData());
    }

    // Every kind, full and sparse: every resource it emits, and the transaction Bundle the push
    // sends them in.
    void everyEmittedResourceIsValid()
    {
        QJsonArray entries;
        QStringList lines;
        QSet<QString> kinds, types;
        for (const FhirSamples::Sample &s : FhirSamples::all()) {
            const RecordMapper *m = mapperForEntity(s.entity);
            QVERIFY2(m, qPrintable(s.entity));
            kinds.insert(s.entity);
            for (const Part &p : m->partsFor(s.row)) {
                const QJsonObject r = m->toFhir(p.key(), s.row, ctx());
                if (r.isEmpty())
                    continue;
                types.insert(p.type);
                lines << QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
                const QString url =
                    p.type + QLatin1Char('/') + p.resourceId(s.row.value("id").toString());
                entries.append(QJsonObject{
                    {"fullUrl", "https://platform.example/fhir/" + url},
                    {"resource", r},
                    {"request",
                     QJsonObject{{"method", "PUT"}, {"url", url}, {"ifMatch", "W/\"1\""}}}});
            }
        }
        for (const auto &m : mappers())
            if (m->entity() != QLatin1String("resident") &&
                m->entity() != QLatin1String("household") &&
                m->entity() != QLatin1String("chronic_registration"))
                QVERIFY2(kinds.contains(m->entity()), qPrintable(m->entity()));
        // Residents, households and registrations: the samples of tst_fhirmapping.
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
        const QJsonObject reg{{"id", "c1"},
                              {"resident_id", FhirSamples::R1},
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
                              {"close_note", "迁往外省"}};
        for (const auto &[entity, row] :
             {std::pair{"resident", patient}, std::pair{"household", group},
              std::pair{"chronic_registration", reg}}) {
            const RecordMapper *m = mapperForEntity(QLatin1String(entity));
            for (const Part &p : m->partsFor(row)) {
                const QJsonObject r = m->toFhir(p.key(), row, ctx());
                types.insert(p.type);
                lines << QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
            }
        }
        qInfo("%d resources of %d types", int(lines.size()), int(types.size()));
        const QString f = m_tmp.filePath(QStringLiteral("all.jsonl"));
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join(QLatin1Char('\n')).toUtf8());
        out.close();
        QByteArray output;
        QVERIFY2(validate(f, &output) == 0, output.constData());
        QVERIFY2(output.contains(" 0 errors"), output.constData());
        qInfo("%s", output.trimmed().constData()); // the warnings, if any

        const QString b = m_tmp.filePath(QStringLiteral("bundle.json"));
        QFile bundle(b);
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(QJsonDocument(QJsonObject{{"resourceType", "Bundle"},
                                               {"type", "transaction"},
                                               {"entry", entries}})
                         .toJson(QJsonDocument::Compact));
        bundle.close();
        QVERIFY2(validate(b, &output) == 0, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestFhirValidation)
#include "tst_fhirvalidation.moc"
