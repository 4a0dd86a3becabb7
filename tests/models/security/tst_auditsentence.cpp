// The audit log reads as sentences with people's names: who did what to whose record, with a
// short summary; the raw row (ids only) stays in the tooltip.
#include "securitytestutil.h"

#include "auditlistmodel.h"
#include "auditrepository.h"
#include "healthrecordrepository.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Models;
using namespace SecurityTest;

class TstAuditSentence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void encounterReadsAsASentence();
    void loginAndUserChanges();

private:
    QVector<AuditEntry> entries(const QString &action, const QString &entity = {}) const;
    QString m_conn = QStringLiteral("auditsentence");
    Scope m_doctor;
};

void TstAuditSentence::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(openDatabase(m_conn, QStringLiteral(":memory:")).ok());
    QVERIFY(addAreas(m_conn));
    UserRepository users(m_conn, fastPolicy());
    QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                           QStringLiteral("first-pass-1")));
    User u;
    u.username = QStringLiteral("yisheng");
    u.displayName = QStringLiteral("王医生");
    u.role = QStringLiteral("family_doctor");
    QVERIFY(users.create(Scope::administrator(), u, QStringLiteral("Second-pass-2")));
    auto scope = users.login(QStringLiteral("yisheng"), QStringLiteral("Second-pass-2"));
    QVERIFY2(scope, why(scope).constData());
    m_doctor = *scope;
}

void TstAuditSentence::cleanup()
{
    closeDatabase(m_conn);
}

QVector<AuditEntry> TstAuditSentence::entries(const QString &action, const QString &entity) const
{
    AuditFilter f;
    f.action = action;
    f.entity = entity;
    auto r = AuditRepository(m_conn).query(Scope::administrator(), f);
    return r ? *r : QVector<AuditEntry>();
}

void TstAuditSentence::encounterReadsAsASentence()
{
    auto resident = ResidentRepository(m_conn).create(Scope::administrator(),
                                                      person(QStringLiteral("马帆"), 7, VillageA));
    QVERIFY2(resident, why(resident).constData());
    Encounter e;
    e.residentId = resident->id;
    e.visitDate = QDate::currentDate();
    e.subjective = QStringLiteral("头晕");
    e.diagnoses = {{QStringLiteral("I10"), QStringLiteral("高血压"), QStringLiteral("ICD-10")}};
    auto saved = HealthRecordRepository(m_conn).addEncounter(m_doctor, e);
    QVERIFY2(saved, why(saved).constData());

    AuditListModel model(m_conn);
    QAbstractItemModelTester tester(&model);
    model.setEntries(entries(QStringLiteral("create"), QStringLiteral("encounter")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditListModel::User).data().toString(), QStringLiteral("王医生"));
    QCOMPARE(model.index(0, AuditListModel::Entity).data().toString(), QStringLiteral("接诊记录"));
    QCOMPARE(model.index(0, AuditListModel::Resident).data().toString(),
             QStringLiteral("马帆（%1）").arg(resident->idNumber));
    QCOMPARE(model.index(0, AuditListModel::Change).data().toString(),
             QStringLiteral("王医生 新建 马帆 的接诊记录：诊断 I10"));
    // Administrators still see the row as stored; the sentence carries no id.
    const QString raw = model.index(0, AuditListModel::Change).data(Qt::ToolTipRole).toString();
    QVERIFY(raw.contains(QStringLiteral("user=yisheng")));
    QVERIFY(raw.contains(QStringLiteral("encounter/") + saved->id));
    QVERIFY(!model.index(0, AuditListModel::Change).data().toString().contains(saved->id));
}

void TstAuditSentence::loginAndUserChanges()
{
    AuditListModel model(m_conn);
    model.setEntries(entries(QStringLiteral("login")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AuditListModel::Change).data().toString(),
             QStringLiteral("王医生 登录"));
    model.setEntries(entries(QStringLiteral("create"), QStringLiteral("user")));
    QStringList sentences;
    for (int r = 0; r < model.rowCount(); ++r)
        sentences << model.index(r, AuditListModel::Change).data().toString();
    QVERIFY2(sentences.contains(QStringLiteral("管理员 新建用户：王医生（yisheng）")),
             qPrintable(sentences.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TstAuditSentence)
#include "tst_auditsentence.moc"
