// A real clinic's first start: the setup file checked whole, applied in one transaction,
// idempotent, and then the clinic's resident list imports into the new villages.
#include "arearepository.h"
#include "clinicsetup.h"
#include "database.h"
#include "dbaccess.h"
#include "residentimport.h"
#include "teamrepository.h"
#include "userrepository.h"

#include "importtestutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;

namespace {

QByteArray goodJson()
{
    return R"({
  "clinic": {"name": "东湖卫生院", "code": "PDY4301211"},
  "county": {"code": "430121", "name": "长沙县"},
  "townships": [{"code": "430121101", "name": "星沙街道", "villages": [
      {"code": "430121101201", "name": "东湖村"},
      {"code": "430121101202", "name": "西园村"}]}],
  "administrator": {"username": "chief", "name": "张院长", "password": "Dh-admin-77"},
  "teams": [{"name": "东湖团队", "township": "430121101", "villages": ["430121101201", "430121101202"],
      "members": [
        {"username": "wangfang", "name": "王芳", "role": "doctor", "password_file": "wangfang.pw"},
        {"username": "lijun", "name": "李军", "role": "village_worker", "password": "Village-2025b"}]}]
})";
}

// goodJson with one value replaced (a JSON pointer-like path of object keys) or removed.
QByteArray edited(const QString &what)
{
    QByteArray json = goodJson();
    const QStringList parts = what.split(QLatin1Char('='));
    json.replace(parts.at(0).toUtf8(), parts.value(1).toUtf8());
    return json;
}

qint64 count(const QString &conn, const QString &sql)
{
    return ImportTest::scalar(conn, sql);
}

} // namespace

class TstClinicSetup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void goodFileIsApplied();
    void badFile_data();
    void badFile();
    void everyProblemIsReported();
    void secondRunChangesNothing();
    void failureMidwayCreatesNothing();
    void importIntoNewVillages();
    void shippedExampleIsValid();

private:
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    SetupParse parse(const QByteArray &json) const
    {
        return ClinicSetupFile::parse(json, m_dir.path());
    }
    Result<SetupReport> apply(const QByteArray &json)
    {
        const SetupParse p = parse(json);
        if (!p.ok())
            return makeError(QStringLiteral("test"), p.problems.first().toText());
        ClinicSetup setup(conn());
        auto scope = setup.scopeFor(p.plan, QStringLiteral("test-ws"));
        if (!scope)
            return scope.error();
        return setup.apply(*scope, p.plan);
    }
    QTemporaryDir m_dir;
};

void TstClinicSetup::init()
{
    QFile pw(m_dir.filePath(QStringLiteral("wangfang.pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("Doctor-2025a\n");
    pw.close();
    // A real file, as the clinic's: the transaction and its rollback are SQLite's own.
    QVERIFY(openDatabase(conn(), m_dir.filePath(conn() + QStringLiteral(".db"))));
}

void TstClinicSetup::cleanup()
{
    closeDatabase(conn());
}

void TstClinicSetup::goodFileIsApplied()
{
    ClinicSetup setup(conn());
    QCOMPARE(*setup.needed(), true);
    auto report = apply(goodJson());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->areasAdded, 4); // county, township, two villages
    QCOMPARE(report->usersAdded, 3);
    QCOMPARE(report->teamsAdded, 1);
    QCOMPARE(report->membersAdded, 2);
    QCOMPARE(*setup.needed(), false);
    QCOMPARE(setup.clinic()->name, QStringLiteral("东湖卫生院"));
    QCOMPARE(setup.clinic()->institutionCode, QStringLiteral("PDY4301211"));

    auto villages = AreaRepository(conn()).villages(Scope::administrator());
    QCOMPARE(villages->size(), 2);
    QCOMPARE(villages->at(0).name, QStringLiteral("东湖村"));
    QCOMPARE(villages->at(0).parentCode, QStringLiteral("430121101"));

    // The accounts log in with the file's passwords (the doctor's from its password file), and
    // the village worker sees the team's villages only.
    UserRepository users(conn());
    QVERIFY(users.login(QStringLiteral("chief"), QStringLiteral("Dh-admin-77")));
    QVERIFY(users.login(QStringLiteral("wangfang"), QStringLiteral("Doctor-2025a")));
    auto worker = users.login(QStringLiteral("lijun"), QStringLiteral("Village-2025b"));
    QVERIFY(worker);
    QVERIFY(!worker->allVillages);
    QCOMPARE(worker->villages.size(), 2);
    auto doctor = users.findByUsername(Scope::administrator(), QStringLiteral("wangfang"));
    QCOMPARE(doctor->role, QStringLiteral("family_doctor"));
    QCOMPARE(doctor->team, QStringLiteral("东湖团队"));

    auto teams = TeamRepository(conn()).teams(Scope::administrator(), true);
    QCOMPARE(teams->size(), 1);
    QCOMPARE(teams->first().villages.size(), 2);
    QCOMPARE(teams->first().institution, QStringLiteral("东湖卫生院"));
    QCOMPARE(teams->first().members.size(), 2);

    // Audited: one summary entry by the file's administrator, besides each repository's own.
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'setup'"
                                          " AND user_id = 'chief'")),
             1);
    QCOMPARE(
        count(conn(),
              QStringLiteral(
                  "SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create'")),
        3);
}

void TstClinicSetup::badFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("reason"); // a part of the message

    QTest::newRow("syntax") << edited(QStringLiteral("\"东湖村\"}=\"东湖村\"")) << u"第 "_qs
                            << u"不是有效的 JSON"_qs;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << u"JSON 对象"_qs;
    QTest::newRow("clinic name missing") << edited(QStringLiteral("\"name\": \"东湖卫生院\", ="))
                                         << u"clinic.name"_qs << u"缺少此项"_qs;
    QTest::newRow("village code length")
        << edited(QStringLiteral("430121101202\", \"name\": \"西园村=43012110122\", \"name\": "
                                 "\"西园村"))
        << u"townships[0].villages[1].code"_qs << u"12 位数字"_qs;
    QTest::newRow("village of another township")
        << edited(QStringLiteral("430121101202\", \"name\": \"西园村=430121102202\", \"name\": "
                                 "\"西园村"))
        << u"townships[0].villages[1].code"_qs << u"不属于上级区划"_qs;
    QTest::newRow("duplicate village name")
        << edited(QStringLiteral("西园村=东湖村")) << u"townships[0].villages[1].name"_qs
        << u"村名重复"_qs;
    QTest::newRow("weak password") << edited(QStringLiteral("Village-2025b=lijun"))
                                   << u"teams[0].members[1].password"_qs << QString();
    QTest::newRow("no password") << edited(QStringLiteral(", \"password\": \"Village-2025b\"="))
                                 << u"teams[0].members[1].password"_qs << u"password_file"_qs;
    QTest::newRow("password file missing")
        << edited(QStringLiteral("wangfang.pw=nobody.pw"))
        << u"teams[0].members[0].password_file"_qs << u"无法读取密码文件"_qs;
    QTest::newRow("duplicate user") << edited(QStringLiteral("\"lijun\"=\"wangfang\""))
                                    << u"teams[0].members[1].username"_qs << u"用户名重复"_qs;
    QTest::newRow("bad user name") << edited(QStringLiteral("\"chief\"=\"张 院长\""))
                                   << u"administrator.username"_qs << u"用户名"_qs;
    QTest::newRow("unknown role") << edited(QStringLiteral("\"village_worker\"=\"boss\""))
                                  << u"teams[0].members[1].role"_qs << u"boss"_qs;
    QTest::newRow("team village not in file")
        << edited(QStringLiteral("[\"430121101201\", \"430121101202\"]=[\"430121101209\"]"))
        << u"teams[0].villages[0]"_qs << u"430121101209"_qs;
    QTest::newRow("administrator missing") << edited(QStringLiteral("\"administrator\"=\"admin\""))
                                           << u"administrator"_qs << u"缺少此项"_qs;
    QTest::newRow("platform url")
        << edited(QStringLiteral("\"teams\"=\"platform\": {\"url\": \"ftp://x\", \"token\": "
                                 "\"t\"}, \"teams\""))
        << u"platform.url"_qs << u"https://"_qs;
    QTest::newRow("platform ca missing")
        << edited(QStringLiteral("\"teams\"=\"platform\": {\"url\": \"https://p:8443\", \"token\": "
                                 "\"t\", \"ca\": \"none.pem\"}, \"teams\""))
        << u"platform.ca"_qs << u"none.pem"_qs;
}

void TstClinicSetup::badFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, reason);
    const SetupParse p = parse(json);
    QVERIFY(!p.ok());
    bool found = false;
    for (const SetupProblem &problem : p.problems)
        found = found || (problem.where.startsWith(where) && problem.reason.contains(reason));
    if (!found)
        for (const SetupProblem &problem : p.problems)
            qWarning().noquote() << problem.toText();
    QVERIFY(found);
    // A bad file creates nothing.
    QVERIFY(!apply(json));
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM area")), 0);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM app_user")), 0);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TstClinicSetup::everyProblemIsReported()
{
    QByteArray json = goodJson();
    json.replace("Village-2025b", "short");
    json.replace("\"西园村\"", "\"\"");
    json.replace("\"doctor\"", "\"surgeon\"");
    json.replace("\"teams\"", "\"platform\": 7, \"teams\"");
    const SetupParse p = parse(json);
    QStringList where;
    for (const SetupProblem &problem : p.problems)
        where << problem.where;
    QVERIFY2(where.contains(u"townships[0].villages[1].name"_qs), qPrintable(where.join(u' ')));
    QVERIFY(where.contains(u"teams[0].members[0].role"_qs));
    QVERIFY(where.contains(u"teams[0].members[1].password"_qs));
    QVERIFY(where.contains(u"platform"_qs));
}

void TstClinicSetup::secondRunChangesNothing()
{
    QVERIFY(apply(goodJson()));
    const QString counts = QStringLiteral(
        "SELECT (SELECT count(*) FROM area) || '/' || (SELECT count(*) FROM app_user) || '/' ||"
        " (SELECT count(*) FROM contract_team) || '/' || (SELECT count(*) FROM contract_staff)"
        " || '/' || (SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM outbox)");
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(counts) && q.next());
    const QString before = q.value(0).toString();
    // The administrator changed a password meanwhile: the second run logs in with the file's
    // password, so this one must stay; a member's changed password is kept as it is.
    QVERIFY(UserRepository(conn()).setPassword(Scope::administrator(), QStringLiteral("lijun"),
                                               QStringLiteral("Renewed-2026")));
    const qint64 audits = count(conn(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto again = apply(goodJson());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY2(!again->changed(), qPrintable(again->changes.join(u'\n')));
    // Nothing written: no new audit entry beyond the login's own.
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'setup'")),
             1);
    QVERIFY(count(conn(), QStringLiteral("SELECT count(*) FROM audit_log")) <= audits + 1);
    QVERIFY(q.exec(counts) && q.next());
    QCOMPARE(q.value(0).toString().section(u'/', 0, 3), before.section(u'/', 0, 3));
    QCOMPARE(q.value(0).toString().section(u'/', 5), before.section(u'/', 5));
    QVERIFY(UserRepository(conn()).login(QStringLiteral("lijun"), QStringLiteral("Renewed-2026")));

    // A file that adds a village adds just that.
    QByteArray more = goodJson();
    more.replace("{\"code\": \"430121101202\", \"name\": \"西园村\"}",
                 "{\"code\": \"430121101202\", \"name\": \"西园村\"},"
                 " {\"code\": \"430121101203\", \"name\": \"南山村\"}");
    auto third = apply(more);
    QVERIFY(third);
    QCOMPARE(third->changes, QStringList{u"新增区划：430121101203 南山村"_qs});
}

void TstClinicSetup::failureMidwayCreatesNothing()
{
    // The team's insert fails after the areas and the administrator went in: all of it goes.
    QSqlQuery q(db(conn()));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON contract_team"
                                  " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    QVERIFY(!apply(goodJson()));
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM area")), 0);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM app_user")), 0);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'clinic%'")),
             0);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    QCOMPARE(*ClinicSetup(conn()).needed(), true);
}

void TstClinicSetup::importIntoNewVillages()
{
    const QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,村\n"
                                       "陈一,男,1960-03-01,%1,东湖村\n"
                                       "陈二,女,1970-05-06,%2,西园村\n")
                            .arg(ImportTest::idFor(QDate(1960, 3, 1), 11),
                                 ImportTest::idFor(QDate(1970, 5, 6), 12));
    const QString path = m_dir.filePath(QStringLiteral("名单.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    // Before the setup every row is refused: the villages are unknown.
    auto refused = ResidentImport(conn()).runFile(Scope::administrator(), path);
    QVERIFY(refused);
    QCOMPARE(refused->imported, 0);
    QCOMPARE(refused->failed, 2);

    QVERIFY(apply(goodJson()));
    auto scope =
        UserRepository(conn()).login(QStringLiteral("wangfang"), QStringLiteral("Doctor-2025a"));
    QVERIFY(scope);
    auto report = ResidentImport(conn()).runFile(*scope, path);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->failed, 0);
    QCOMPARE(report->imported, 2);
    QCOMPARE(count(conn(), QStringLiteral("SELECT count(*) FROM resident WHERE record_no LIKE "
                                          "'430121101201%'")),
             1);
}

void TstClinicSetup::shippedExampleIsValid()
{
    const QString example =
        QDir::cleanPath(QStringLiteral(JIAYI_TEST_DATA "/../../packaging/clinic.example.json"));
    const SetupParse p = ClinicSetupFile::read(example);
    for (const SetupProblem &problem : p.problems)
        qWarning().noquote() << problem.toText();
    QVERIFY(p.ok());
    QCOMPARE(p.plan.villages.size(), 3);
    QVERIFY(p.plan.platform.isSet());
    QFile f(example);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto report = apply(f.readAll());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->usersAdded, 4);
}

QTEST_GUILESS_MAIN(TstClinicSetup)
#include "tst_clinicsetup.moc"
