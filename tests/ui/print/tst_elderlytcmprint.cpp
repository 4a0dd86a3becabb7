// The 中医药健康管理服务记录表 and the 生活自理能力评估表 as A4 PDFs: every answer in its column,
// the judgement cells, the guidance page; set JIAYI_SCREENSHOT_DIR to keep the PDFs and look.
#include "elderlyrepository.h"
#include "elderlytcmfixture.h"
#include "elderlytcmprinter.h"
#include "tcmrepository.h"

#include <QFile>
#include <QGuiApplication>

using namespace ElderlyTcmFixture;

class TestElderlyTcmPrint : public QObject, public Case
{
    Q_OBJECT

private slots:
    void init() { openFixture(); }
    void cleanup() { closeFixture(); }
    void tcmForm();
    void selfCareForm();

private:
    void keep(const Gui::PaperForm &form, const QString &name)
    {
        const QByteArray dir = qgetenv("JIAYI_SCREENSHOT_DIR");
        const QString path = dir.isEmpty() ? m_dir.filePath(name)
                                           : QString::fromLocal8Bit(dir) + QLatin1Char('/') + name;
        QVERIFY(Gui::savePdf(form, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000); // fonts embedded
    }
};

void TestElderlyTcmPrint::tcmForm()
{
    const QString id = make(QDate(1950, 3, 2), 1);
    TcmRecord r;
    r.residentId = id;
    r.date = QDate::currentDate();
    r.doctor = QStringLiteral("李医生");
    r.answers.fill(1);
    r.answers[9] = 3;
    r.answers[20] = 3;
    r.answers[25] = 3;
    r.answers[30] = 2; // 阴虚 11 -> 是
    r.guidance.insert(QStringLiteral("yinxu"),
                      {QStringLiteral("diet"), QStringLiteral("acupoint")});
    auto saved = TcmRepository(conn()).addAssessment(Scope::administrator(), r);
    QVERIFY2(saved, why(saved));
    auto form = Gui::ElderlyTcmPrinter::tcmForm(conn(), Scope::administrator(), saved->id);
    QVERIFY2(form, why(form));
    // 33 answers marked, plus one 是 cell and two ticked guidance items.
    QCOMPARE(form->html.count(QStringLiteral("☑")), 33 + 1 + 2);
    QVERIFY(form->html.contains(QStringLiteral("1.得分 11")));
    QVERIFY(
        form->html.contains(QStringLiteral("太溪、三阴交"))); // 阴虚's acupoints, on the guide page
    QVERIFY(!form->html.contains(QStringLiteral("气海、关元"))); // 气虚's: not found, not printed
    keep(*form, QStringLiteral("tcm-form.pdf"));
    // Someone else's village cannot print it.
    QVERIFY(!Gui::ElderlyTcmPrinter::tcmForm(conn(), villageDoctor(kVillageB), saved->id));
}

void TestElderlyTcmPrint::selfCareForm()
{
    const QString id = make(QDate(1950, 3, 2), 1);
    ElderlyService s;
    s.residentId = id;
    s.date = QDate::currentDate();
    s.selfCare = {{QStringLiteral("eating"), 2},
                  {QStringLiteral("grooming"), 1},
                  {QStringLiteral("dressing"), 0},
                  {QStringLiteral("toilet"), 3},
                  {QStringLiteral("activity"), 1}};
    auto saved = ElderlyRepository(conn()).addService(Scope::administrator(), s);
    QVERIFY2(saved, why(saved));
    auto form = Gui::ElderlyTcmPrinter::selfCareForm(conn(), Scope::administrator(), saved->id);
    QVERIFY2(form, why(form));
    QCOMPARE(form->html.count(QStringLiteral("☑")), 5);
    QVERIFY(form->html.contains(QStringLiteral("中度依赖")));
    QVERIFY(form->html.contains(QStringLiteral(">15<")));
    keep(*form, QStringLiteral("selfcare-form.pdf"));
}

QTEST_MAIN(TestElderlyTcmPrint)
#include "tst_elderlytcmprint.moc"
