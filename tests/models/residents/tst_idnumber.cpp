#include "idnumber.h"

#include <QTest>

using Models::IdNumber;
using Models::IdNumberInfo;

// Expected check characters below were computed independently of the code under test (by hand
// from docs/domain/identity.md 1), so a wrong weight table cannot make the test agree with itself.
class TstIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checksumMessageNamesExpected();
    void checkCharacter_data();
    void checkCharacter();
    void upgrade15_data();
    void upgrade15();
    void birthTodayIsValid();
};

// A fixed "today" keeps the tests independent of the calendar.
static const QDate kToday(2024, 6, 1);

void TstIdNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<QString>("county");

    // clang-format off
    QTest::newRow("standard example") << "11010519491231002X" << "11010519491231002X"
                                      << QDate(1949, 12, 31) << QChar('F') << "110105";
    QTest::newRow("second example") << "440524188001010014" << "440524188001010014"
                                    << QDate(1880, 1, 1) << QChar('M') << "440524";
    QTest::newRow("lowercase x") << "11010519491231002x" << "11010519491231002X"
                                 << QDate(1949, 12, 31) << QChar('F') << "110105";
    QTest::newRow("surrounding spaces") << "  440524188001010014 " << "440524188001010014"
                                        << QDate(1880, 1, 1) << QChar('M') << "440524";
    QTest::newRow("leap day") << "11010519800229003X" << "11010519800229003X"
                              << QDate(1980, 2, 29) << QChar('M') << "110105";
    QTest::newRow("even sequence") << "110105200001010024" << "110105200001010024"
                                   << QDate(2000, 1, 1) << QChar('F') << "110105";
    QTest::newRow("15-digit female") << "110105491231002" << "11010519491231002X"
                                     << QDate(1949, 12, 31) << QChar('F') << "110105";
    QTest::newRow("15-digit male") << "440524780101001" << "440524197801010017"
                                   << QDate(1978, 1, 1) << QChar('M') << "440524";
    // clang-format on
}

void TstIdNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(QChar, sex);
    QFETCH(QString, county);

    const IdNumberInfo info = IdNumber::check(input, kToday);
    QVERIFY2(info.valid, qPrintable(info.reasonCode + QLatin1Char(' ') + info.reason));
    QVERIFY(info.reason.isEmpty());
    QVERIFY(info.reasonCode.isEmpty());
    QCOMPARE(info.normalized, normalized);
    QCOMPARE(info.birthDate, birth);
    QCOMPARE(info.sex, sex);
    QCOMPARE(info.countyCode, county);
}

void TstIdNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    // clang-format off
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << "   " << "empty";
    QTest::newRow("17 digits") << "11010519491231002" << "length";
    QTest::newRow("19 chars") << "11010519491231002X1" << "length";
    QTest::newRow("16 digits") << "1101054912310021" << "length";
    QTest::newRow("inner space") << "110105 19491231002X" << "length";
    QTest::newRow("letter in body") << "11010519491A31002X" << "characters";
    QTest::newRow("wrong check letter") << "11010519491231002Y" << "characters";
    QTest::newRow("X in 15-digit") << "11010549123100X" << "characters";
    QTest::newRow("full-width digit") << QStringLiteral("１1010519491231002X") << "characters";
    QTest::newRow("checksum") << "110105194912310021" << "checksum";
    QTest::newRow("swapped digits") << "11010519491213002X" << "checksum";
    QTest::newRow("Feb 30") << "110105199902300015" << "date";
    QTest::newRow("month 13") << "110105199913010015" << "date";
    QTest::newRow("before 1880") << "110105187912310016" << "date";
    QTest::newRow("15-digit Feb 30") << "110105990230001" << "date";
    QTest::newRow("future") << "11010520240102001X" << "future";
    // clang-format on
}

void TstIdNumber::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, code);

    const IdNumberInfo info = IdNumber::check(input, QDate(2024, 1, 1));
    QVERIFY(!info.valid);
    QCOMPARE(info.reasonCode, code);
    QVERIFY(!info.reason.isEmpty());
    QVERIFY(info.normalized.isEmpty());
    QVERIFY(!info.birthDate.isValid());
}

void TstIdNumber::checksumMessageNamesExpected()
{
    // The last character is wrong; the message must tell the user which one is right.
    IdNumberInfo info = IdNumber::check("110105194912310021", kToday);
    QCOMPARE(info.reasonCode, QStringLiteral("checksum"));
    QVERIFY2(info.reason.endsWith(QLatin1Char('X')), qPrintable(info.reason));

    info = IdNumber::check("44052418800101001X", kToday);
    QCOMPARE(info.reasonCode, QStringLiteral("checksum"));
    QVERIFY2(info.reason.endsWith(QLatin1Char('4')), qPrintable(info.reason));
}

void TstIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QChar>("expected");

    // clang-format off
    QTest::newRow("r=2 -> X") << "11010519491231002" << QChar('X');
    QTest::newRow("r=8 -> 4") << "44052418800101001" << QChar('4');
    QTest::newRow("r=6 -> 5") << "11010519990230001" << QChar('5');
    QTest::newRow("r=0 -> 1") << "11010520000101009" << QChar('1');
    QTest::newRow("r=10 -> 2") << "11010520000101003" << QChar('2');
    QTest::newRow("too short") << "1101051949123100" << QChar();
    QTest::newRow("letter") << "1101051949123100A" << QChar();
    // clang-format on
}

void TstIdNumber::checkCharacter()
{
    QFETCH(QString, body);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(body), expected);
}

void TstIdNumber::upgrade15_data()
{
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<QString>("upgraded");

    // clang-format off
    QTest::newRow("standard") << "110105491231002" << "11010519491231002X";
    QTest::newRow("male") << "440524780101001" << "440524197801010017";
    QTest::newRow("too long") << "4405247801010011" << "";
    QTest::newRow("letter") << "44052478010100A" << "";
    // clang-format on
}

void TstIdNumber::upgrade15()
{
    QFETCH(QString, legacy);
    QFETCH(QString, upgraded);
    QCOMPARE(IdNumber::upgrade15(legacy), upgraded);
}

void TstIdNumber::birthTodayIsValid()
{
    // Born today is not "in the future"; born tomorrow is.
    const QString id = "11010520240102001X";
    QVERIFY(IdNumber::check(id, QDate(2024, 1, 2)).valid);
    QCOMPARE(IdNumber::check(id, QDate(2024, 1, 1)).reasonCode, QStringLiteral("future"));
}

QTEST_GUILESS_MAIN(TstIdNumber)
#include "tst_idnumber.moc"
