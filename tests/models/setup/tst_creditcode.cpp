// The 统一社会信用代码 check (GB 32100-2015) that the setup wizard applies to the clinic's code.
#include "creditcode.h"

#include <QTest>

using Models::CreditCode;

class TestCreditCode : public QObject
{
    Q_OBJECT
private slots:
    void problem_data();
    void problem();
    void everySingleTypoIsCaught();
};

void TestCreditCode::problem_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("problem"); // a part of the message, empty for a valid code
    QTest::newRow("the standard's example") << "91350100M000100Y43"
                                            << "";
    QTest::newRow("public institution") << "12430121MB1234567F"
                                        << "";
    QTest::newRow("empty") << ""
                           << "请填写统一社会信用代码";
    QTest::newRow("17 characters") << "91350100M000100Y4"
                                   << "应为 18 位，现在是 17 位";
    QTest::newRow("lower case") << "91350100m000100Y43"
                                << "第 9 位“m”";
    QTest::newRow("letter I") << "91350100I000100Y43"
                              << "第 9 位“I”";
    QTest::newRow("letter in the area") << "9135A100M000100Y43"
                                        << "第 3-8 位";
    QTest::newRow("wrong check character") << "91350100M000100Y44"
                                           << "第 18 位应为 3";
}

void TestCreditCode::problem()
{
    QFETCH(QString, code);
    QFETCH(QString, problem);
    const QString got = CreditCode::problem(code);
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
}

void TestCreditCode::everySingleTypoIsCaught()
{
    // What the check character is for: any one character typed wrong is refused.
    const QString good = QStringLiteral("12430121MB1234567F");
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    int tried = 0;
    for (int i = 0; i < good.size(); ++i)
        for (const QChar c : alphabet) {
            if (c == good.at(i))
                continue;
            QString typo = good;
            typo[i] = c;
            ++tried;
            QVERIFY2(!CreditCode::problem(typo).isEmpty(), qPrintable(typo));
        }
    QCOMPARE(tried, 18 * 30);
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
