// jiayi-cli worklist: the daily work list of a village as JSON, text and the round sheet PDF, as
// a script would run it on the demo township.
#include "clitestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using CliTest::run;

namespace {
// stdout alone (a GUI-less QGuiApplication may warn on stderr).
int runOut(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(JIAYI_BIN_DIR "/jiayi-cli"), args);
    if (!p.waitForFinished(120000))
        return -1;
    *out = p.readAllStandardOutput();
    return p.exitCode();
}
} // namespace

class TestCliWorklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void villageAsJsonInRouteOrder();
    void chronicItemsAreTheChronicWorklist();
    void textAndPdf();
    void badInput();

private:
    QJsonObject worklist(const QStringList &extra);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_village;
    const QString m_date = QDate::currentDate().toString(Qt::ISODate);
};

void TestCliWorklist::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--residents"), QStringLiteral("1500")}),
             0);
    const QJsonObject all = worklist({});
    QVERIFY(all.value(QStringLiteral("count")).toInt() > 0);
    m_village = all.value(QStringLiteral("households"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("village_code"))
                    .toString();
    QCOMPARE(m_village.size(), 12);
}

QJsonObject TestCliWorklist::worklist(const QStringList &extra)
{
    QByteArray out;
    const int code =
        runOut(QStringList{QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--date"), m_date, QStringLiteral("--json")} +
                   extra,
               &out);
    if (code != 0)
        qWarning() << out;
    return QJsonDocument::fromJson(out).object();
}

void TestCliWorklist::villageAsJsonInRouteOrder()
{
    const QJsonObject w = worklist({QStringLiteral("--village"), m_village});
    QCOMPARE(w.value(QStringLiteral("area")).toString(), m_village);
    QVERIFY(!w.value(QStringLiteral("area_name")).toString().isEmpty());
    QCOMPARE(w.value(QStringLiteral("date")).toString(), m_date);
    const QJsonArray households = w.value(QStringLiteral("households")).toArray();
    QVERIFY(households.size() > 5);
    int items = 0, overdue = 0, lastGroup = -1;
    static const QRegularExpression group(QStringLiteral("(\\d+)组"));
    for (const QJsonValue &v : households) {
        const QJsonObject h = v.toObject();
        QCOMPARE(h.value(QStringLiteral("village_code")).toString(), m_village);
        // The demo's addresses are "<村>N组M号": the groups come in order.
        const auto m = group.match(h.value(QStringLiteral("address")).toString());
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(1).toInt() >= lastGroup);
        lastGroup = m.captured(1).toInt();
        for (const QJsonValue &iv : h.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            ++items;
            overdue += i.value(QStringLiteral("overdue")).toBool();
            QVERIFY(!i.value(QStringLiteral("reason")).toString().isEmpty());
            QVERIFY(!i.value(QStringLiteral("form")).toString().isEmpty());
            QVERIFY(!i.value(QStringLiteral("resident_id")).toString().isEmpty());
            QCOMPARE(i.value(QStringLiteral("overdue")).toBool(),
                     i.value(QStringLiteral("days_overdue")).toInt() > 0);
        }
    }
    QCOMPARE(items + int(w.value(QStringLiteral("queue")).toArray().size()),
             w.value(QStringLiteral("count")).toInt());
    QCOMPARE(overdue, w.value(QStringLiteral("overdue")).toInt());
    // The demo's records are not sent anywhere yet: the clinic's queue says so.
    const QJsonArray queue = w.value(QStringLiteral("queue")).toArray();
    QVERIFY(!queue.isEmpty());
    QCOMPARE(queue.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("unsent"));
    int counted = 0;
    for (const QJsonValue &c : w.value(QStringLiteral("counts")).toArray())
        counted += c.toObject().value(QStringLiteral("items")).toInt();
    QCOMPARE(counted, w.value(QStringLiteral("count")).toInt());
}

// The chronic lines are the chronic screen's overdue and due-this-week lists (nobody of the demo
// has left the population).
void TestCliWorklist::chronicItemsAreTheChronicWorklist()
{
    const QJsonObject w = worklist({QStringLiteral("--village"), m_village});
    QSet<QString> listed;
    for (const QJsonValue &h : w.value(QStringLiteral("households")).toArray())
        for (const QJsonValue &iv : h.toObject().value(QStringLiteral("items")).toArray())
            if (iv.toObject().value(QStringLiteral("source")).toString() ==
                QLatin1String("chronic"))
                listed.insert(iv.toObject().value(QStringLiteral("form_ref")).toString());
    QSet<QString> expected;
    for (const QString kind : {QStringLiteral("overdue"), QStringLiteral("due-week")}) {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("chronic"), QStringLiteral("worklist"), QStringLiteral("--db"),
                      m_db, QStringLiteral("--village"), m_village, QStringLiteral("--kind"), kind,
                      QStringLiteral("--today"), m_date, QStringLiteral("--json")},
                     &out),
                 0);
        for (const QJsonValue &r :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("rows")).toArray())
            expected.insert(r.toObject().value(QStringLiteral("registration_id")).toString());
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(listed, expected);
}

void TestCliWorklist::textAndPdf()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--village"), m_village, QStringLiteral("--date"), m_date},
                 &out),
             0);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QStringLiteral("其中逾期")) && text.contains(QStringLiteral("户主")),
             qPrintable(text.left(400)));
    const QString pdf = m_dir.filePath(QStringLiteral("走访单.pdf"));
    QCOMPARE(runOut({QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--village"), m_village, QStringLiteral("--date"), m_date,
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--json")},
                    &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), pdf);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
    QVERIFY(f.size() > 10000);
    // The text of the sheet, when poppler's pdftotext is there: Chinese, page numbers.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        // NFKC: the embedded font maps some glyphs to the Kangxi radicals (⼊ for 入) in the
        // text layer, which NFKC folds back (to 戶 for 户: checked on words without those).
        const QString sheet =
            QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY2(sheet.contains(QStringLiteral("走访单")), qPrintable(sheet.left(300)));
        // 第 1 页，共 N 页 (页 comes out as the radical ⻚, which NFKC leaves; ， becomes ,).
        static const QRegularExpression page(QStringLiteral("第 1 \\S[,，]\\s*共 \\d+ \\S"));
        QVERIFY2(sheet.contains(page), qPrintable(sheet.right(200)));
    }
}

void TestCliWorklist::badInput()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--date"), QStringLiteral("2026-13-40")},
                 &out),
             2);
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("YYYY-MM-DD")));
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--village"), QStringLiteral("12345")},
                 &out),
             1);
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("村代码应为12位数字")));
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--village"), QStringLiteral("999999999999")},
                 &out),
             1);
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                  m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))},
                 &out),
             1);
    QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("无法写入文件")));
    QCOMPARE(run({QStringLiteral("worklist"), QStringLiteral("--help")}, &out), 0);
    for (const char *option : {"--db", "--village", "--date", "--pdf", "--json"})
        QVERIFY2(out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliWorklist)
#include "tst_cliworklist.moc"
