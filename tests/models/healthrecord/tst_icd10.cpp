#include "icd10.h"

#include <QtTest>

// The ICD-10 suggestions rank what a primary-care clinic codes first (the table's "common"
// weights) and the resident's registered chronic diseases above all.
class TestIcd10 : public QObject
{
    Q_OBJECT

    static QStringList codes(const QList<Models::IcdCode> &list, int n)
    {
        QStringList out;
        for (const Models::IcdCode &c : list.mid(0, n))
            out << c.code;
        return out;
    }

private slots:
    void commonCodesFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("inTopFive");
        QTest::addColumn<QString>("notFirst");
        QTest::newRow("gxy") << "gxy"
                             << "I10.x00"
                             << "I10.x00x002"
                             << "H35.0";
        QTest::newRow("tnb") << "tnb"
                             << "E11.9"
                             << "E11.900"
                             << "E14.9";
        QTest::newRow("高血压") << "高血压"
                                << "I10.x00"
                                << "I10.x00x023"
                                << "H35.0";
        QTest::newRow("sgy") << "上呼吸道"
                             << "J06.9"
                             << "J06.9"
                             << "";
    }
    void commonCodesFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(QString, inTopFive);
        QFETCH(QString, notFirst);
        const QStringList top = codes(Models::Icd10::get().search(query, 20), 5);
        QCOMPARE(top.value(0), first);
        QVERIFY2(top.contains(inTopFive), qPrintable(top.join(u',')));
        if (!notFirst.isEmpty())
            QVERIFY(top.indexOf(notFirst) != 0);
    }

    void exactCodeStillWins()
    {
        QCOMPARE(Models::Icd10::get().search(QStringLiteral("E14.9"), 5).value(0).code,
                 QStringLiteral("E14.9"));
        QCOMPARE(Models::Icd10::get()
                     .search(QStringLiteral("I10"), 5, {QStringLiteral("E11")})
                     .value(0)
                     .code,
                 QStringLiteral("I10"));
    }

    void registeredChronicDiseaseAboveAll()
    {
        // 病 matches diabetes (E11.9, the most common) and the graded hypertension codes (高血压病
        // 1级...); a registered hypertensive gets the I10 codes first.
        const QStringList plain = codes(Models::Icd10::get().search(QStringLiteral("病"), 30), 3);
        const QStringList hypertensive = codes(
            Models::Icd10::get().search(QStringLiteral("病"), 30, {QStringLiteral("I10")}), 3);
        QCOMPARE(plain.value(0), QStringLiteral("E11.9"));
        QCOMPARE(hypertensive.size(), 3);
        for (const QString &c : hypertensive)
            QVERIFY2(c.startsWith(u"I10"), qPrintable(hypertensive.join(u',')));
    }

    void everyWeightNamesAKnownCode()
    {
        int weighted = 0;
        for (const Models::IcdCode &c : Models::Icd10::get().codes()) {
            QVERIFY(c.weight >= 0 && c.weight <= 100);
            weighted += c.weight > 0;
        }
        QVERIFY(weighted >= 30);
    }
};

QTEST_GUILESS_MAIN(TestIcd10)
#include "tst_icd10.moc"
