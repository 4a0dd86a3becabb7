// The 65+ annual service with the keyboard alone: the status line names what is missing as the
// parts are filled, the health check is opened pre-filled with the assessment's rows, and the
// complete service is stored.
#include "elderlyrepository.h"
#include "elderlyservicedialog.h"
#include "elderlytcmfixture.h"
#include "healthrecordrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace ElderlyTcmFixture;

class TestElderlyServiceDialog : public QObject, public Case
{
    Q_OBJECT

private slots:
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }
    void guidedVisit();

private:
    Gui::Context context() const
    {
        Gui::Context c;
        c.connection = conn();
        c.scope = Scope::administrator();
        c.databasePath = m_dir.filePath(conn() + QStringLiteral(".db"));
        return c;
    }
};

void TestElderlyServiceDialog::guidedVisit()
{
    const QString id = make(QDate(1948, 4, 5), 1);
    const Gui::Context c = context();
    Gui::ElderlyServiceDialog d(c, id);
    d.resize(1366 - 40, 768 - 60);
    QJsonObject prefilled;
    d.openHealthCheck = [&](const QJsonObject &prefill) {
        prefilled = prefill;
        HealthCheck h;
        h.residentId = id;
        h.checkDate = QDate::currentDate();
        h.form = prefill;
        h.form.insert(QStringLiteral("sbp_left"), 152);
        h.form.insert(QStringLiteral("dbp_left"), 88);
        auto saved = HealthRecordRepository(conn()).addHealthCheck(Scope::administrator(), h, true);
        return saved ? saved->id : QString();
    };
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.statusText().contains(QStringLiteral("生活自理能力评估")));
    QVERIFY(d.statusText().contains(QStringLiteral("健康体检")));

    // Tab 1 by keys: each self-care item's column with the arrow keys (first entry "请选择").
    const QStringList codes{QStringLiteral("eating"), QStringLiteral("grooming"),
                            QStringLiteral("dressing"), QStringLiteral("toilet"),
                            QStringLiteral("activity")};
    const QList<int> downs{1, 2, 1, 2, 3}; // 可自理, 轻度 1, 可自理, 轻度 1, 中度 5 -> 7
    for (int i = 0; i < codes.size(); ++i) {
        auto *box = d.findChild<QComboBox *>(QStringLiteral("selfcare_") + codes.at(i));
        box->setFocus();
        for (int k = 0; k < downs.at(i); ++k)
            QTest::keyClick(box, Qt::Key_Down);
    }
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("selfcareTotal"))->text(),
             QStringLiteral("7 分：轻度依赖"));
    for (const char *name : {"selfRating", "cognitive", "mood"}) {
        auto *box = d.findChild<QComboBox *>(QLatin1String(name));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // 满意 / 粗筛阴性
    }
    QVERIFY(!d.missing().contains(QStringLiteral("selfcare")));
    QVERIFY(!d.missing().contains(QStringLiteral("mmse")));

    // Tab 2: a new health check, pre-filled with the assessment's rows.
    auto *tabs = d.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    auto *newCheck = d.findChild<QPushButton *>(QStringLiteral("newHealthCheck"));
    newCheck->setFocus();
    QTest::keyClick(newCheck, Qt::Key_Space);
    QCOMPARE(prefilled.value(QStringLiteral("adl")).toString(), QStringLiteral("2"));
    QCOMPARE(prefilled.value(QStringLiteral("adl_score")).toInt(), 7);
    QCOMPARE(prefilled.value(QStringLiteral("cognition")).toString(), QStringLiteral("1"));
    QVERIFY(!d.missing().contains(QStringLiteral("health_check")));
    // 152/88 offers chronic registration in the same visit.
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("registerChronic"))->isVisibleTo(&d));

    // Tab 3: guidance by space on a check box.
    tabs->setCurrentIndex(2);
    auto *falls = d.findChild<QCheckBox *>(QStringLiteral("guidance_falls"));
    falls->setFocus();
    QTest::keyClick(falls, Qt::Key_Space);
    QVERIFY(d.missing().isEmpty());
    QVERIFY(d.statusText().contains(QStringLiteral("完整")));
    if (const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        tabs->setCurrentIndex(0);
        d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/elderly-service.png"));
        tabs->setCurrentIndex(1);
        d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/elderly-service-check.png"));
    }
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    auto st = ElderlyRepository(conn()).yearStatus(Scope::administrator(), id,
                                                   QDate::currentDate().year());
    QVERIFY(st);
    QVERIFY2(st->complete(), qPrintable(st->missing.join(QLatin1Char(','))));
}

QTEST_MAIN(TestElderlyServiceDialog)
#include "tst_elderlyservicedialog.moc"
