// The growth engine against WHO's published tables (both sexes, several ages), the restriction
// beyond ±3, the 0.7 cm rule at 730/731 days, leap-year births and z exactly on ±2 and ±3.
#include "growthassessment.h"
#include "growthreference.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Models;

class TstGrowthAssessment : public QObject
{
    Q_OBJECT

private slots:
    void publishedValues_data();
    void publishedValues();
    void handWorkedLms();
    void restrictedBeyondThree();
    void lengthHeightAt730And731();
    void leapYearBirth();
    void zExactlyOnCutOffs_data();
    void zExactlyOnCutOffs();
    void overweightAndObese();
    void beyondTables();
    void inputErrorsNameTheField_data();
    void inputErrorsNameTheField();
};

namespace {
GrowthInput child(QChar sex, const QDate &birth, int days)
{
    GrowthInput in;
    in.sex = sex;
    in.birth = birth;
    in.on = birth.addDays(days);
    return in;
}
const QDate kBirth(2020, 1, 1);
} // namespace

// WHO Child Growth Standards, z-score tables (the rows of resources/growth at 6, 12, 36 and 48
// months): the median gives z ≈ 0 and the published −2/+2 SD values (rounded to 0.1) give
// z ≈ ±2. Written here from WHO's tables, not read back from the CSV.
void TstGrowthAssessment::publishedValues_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("minus2");
    QTest::addColumn<double>("plus2");
    QTest::newRow("wfa boy 6 m") << "wfa"
                                 << "M" << 183 << 7.934 << 6.4 << 9.8;
    QTest::newRow("wfa girl 6 m") << "wfa"
                                  << "F" << 183 << 7.297 << 5.7 << 9.3;
    QTest::newRow("wfa boy 12 m") << "wfa"
                                  << "M" << 365 << 9.6479 << 7.7 << 12.0;
    QTest::newRow("wfa girl 12 m") << "wfa"
                                   << "F" << 365 << 8.9481 << 7.0 << 11.5;
    QTest::newRow("wfa boy 48 m") << "wfa"
                                  << "M" << 1461 << 16.3489 << 12.7 << 21.2;
    QTest::newRow("wfa girl 48 m") << "wfa"
                                   << "F" << 1461 << 16.0697 << 12.3 << 21.5;
    QTest::newRow("length boy 12 m") << "lhfa"
                                     << "M" << 365 << 75.7488 << 71.0 << 80.5;
    QTest::newRow("length girl 12 m") << "lhfa"
                                      << "F" << 365 << 74.015 << 68.9 << 79.2;
    QTest::newRow("height boy 48 m") << "lhfa"
                                     << "M" << 1461 << 103.3273 << 94.9 << 111.7;
    QTest::newRow("height girl 48 m") << "lhfa"
                                      << "F" << 1461 << 102.7312 << 94.1 << 111.3;
    QTest::newRow("head boy 6 m") << "hcfa"
                                  << "M" << 183 << 43.3306 << 40.9 << 45.8;
    QTest::newRow("head girl 36 m") << "hcfa"
                                    << "F" << 1096 << 48.5099 << 45.7 << 51.3;
    QTest::newRow("bmi boy 12 m") << "bmifa"
                                  << "M" << 365 << 16.7981 << 14.4 << 19.8;
    QTest::newRow("bmi girl 6 m") << "bmifa"
                                  << "F" << 183 << 16.9083 << 14.1 << 20.3;
}

void TstGrowthAssessment::publishedValues()
{
    QFETCH(QString, indicator);
    QFETCH(QString, sex);
    QFETCH(int, days);
    QFETCH(double, median);
    QFETCH(double, minus2);
    QFETCH(double, plus2);
    const Lms p = GrowthReference::who2006().byAge(indicator, sex.at(0), days);
    QVERIFY(p.valid());
    QVERIFY2(std::abs(GrowthReference::zScore(p, median)) < 0.03,
             qPrintable(QString::number(GrowthReference::zScore(p, median))));
    QVERIFY2(std::abs(GrowthReference::zScore(p, minus2) + 2) < 0.1,
             qPrintable(QString::number(GrowthReference::zScore(p, minus2))));
    QVERIFY2(std::abs(GrowthReference::zScore(p, plus2) - 2) < 0.1,
             qPrintable(QString::number(GrowthReference::zScore(p, plus2))));
}

// Boy, day 0, weight-for-age: L 0.3487, M 3.3464, S 0.14602 (WHO weianthro day 0 and the
// weekly table's week 0). By hand: z(3.0 kg) = ((3.0/3.3464)^0.3487 − 1)/(0.3487 × 0.14602)
// = −0.7343; SD2 = 3.3464 (1 + 0.3487 × 0.14602 × 2)^(1/0.3487) = 4.4194.
void TstGrowthAssessment::handWorkedLms()
{
    const Lms p = GrowthReference::who2006().byAge(QStringLiteral("wfa"), QLatin1Char('M'), 0);
    QCOMPARE(p.l, 0.3487);
    QCOMPARE(p.m, 3.3464);
    QCOMPARE(p.s, 0.14602);
    QVERIFY(std::abs(GrowthReference::zScore(p, 3.0) + 0.7343) < 0.0005);
    QVERIFY(std::abs(GrowthReference::valueAt(p, 2) - 4.4194) < 0.0005);
    // L = 0 uses the logarithm: z = ln(y/M)/S
    const Lms zeroL{0, 10, 0.1};
    QVERIFY(std::abs(GrowthReference::zScore(zeroL, 10 * std::exp(0.15)) - 1.5) < 1e-9);
}

// Beyond ±3 the weight-based z is measured in 2-to-3 SD steps: SD3 = 5.0306, SD2 = 4.4194, so
// 6.0 kg gives 3 + (6.0 − 5.0306)/(5.0306 − 4.4194) = 4.59 (plain LMS: 4.43); SD−3 = 2.0803,
// SD−2 = 2.4593, so 1.5 kg gives −3 + (1.5 − 2.0803)/(2.4593 − 2.0803) = −4.53 (plain: −4.79).
// Length-for-age is not restricted.
void TstGrowthAssessment::restrictedBeyondThree()
{
    GrowthInput in = child(QLatin1Char('M'), kBirth, 0);
    in.weightKg = 6.0;
    QCOMPARE(assessGrowth(in).indicator(QStringLiteral("wfa"))->z, 4.59);
    in.weightKg = 1.5;
    const GrowthAssessment a = assessGrowth(in);
    QCOMPARE(a.indicator(QStringLiteral("wfa"))->z, -4.53);
    QVERIFY(a.hasFlag(QStringLiteral("underweight")));
    QVERIFY(a.flags.first().severe);
    const Lms lp = GrowthReference::who2006().byAge(QStringLiteral("lhfa"), QLatin1Char('M'), 0);
    GrowthInput l = child(QLatin1Char('M'), kBirth, 0);
    l.lengthCm = 40.0;
    const double plain = std::round(GrowthReference::zScore(lp, 40.0) * 100) / 100;
    QCOMPARE(assessGrowth(l).indicator(QStringLiteral("lhfa"))->z, plain);
}

// Below 731 days a standing height gains 0.7 cm and is read on the length table; from 731 days
// a lying length loses 0.7 cm and is read on the height table.
void TstGrowthAssessment::lengthHeightAt730And731()
{
    GrowthInput in = child(QLatin1Char('M'), kBirth, 730);
    in.lengthCm = 85.0;
    in.standing = true;
    GrowthAssessment a = assessGrowth(in);
    QCOMPARE(a.ageDays, 730);
    QCOMPARE(a.adjustedLengthCm, 85.7);
    QCOMPARE(a.indicator(QStringLiteral("lhfa"))->label, QStringLiteral("年龄别身长"));
    in.standing = false;
    QCOMPARE(assessGrowth(in).adjustedLengthCm, 85.0);

    in = child(QLatin1Char('M'), kBirth, 731);
    in.lengthCm = 85.0;
    in.standing = false;
    a = assessGrowth(in);
    QCOMPARE(a.adjustedLengthCm, 84.3);
    QCOMPARE(a.indicator(QStringLiteral("lhfa"))->label, QStringLiteral("年龄别身高"));
    in.standing = true;
    QCOMPARE(assessGrowth(in).adjustedLengthCm, 85.0);

    // the same standing child on both days: the tables differ by about 0.7 cm in the median, so
    // the z-scores stay close after the adjustment
    GrowthInput d730 = child(QLatin1Char('F'), kBirth, 730),
                d731 = child(QLatin1Char('F'), kBirth, 731);
    d730.lengthCm = d731.lengthCm = 86.0;
    d730.standing = d731.standing = true;
    const double z730 = assessGrowth(d730).indicator(QStringLiteral("lhfa"))->z;
    const double z731 = assessGrowth(d731).indicator(QStringLiteral("lhfa"))->z;
    QVERIFY2(std::abs(z730 - z731) < 0.1, qPrintable(QStringLiteral("%1 %2").arg(z730).arg(z731)));
    // weight-for-length below 2 years, weight-for-height from 2 years
    d730.weightKg = d731.weightKg = 12.0;
    QCOMPARE(assessGrowth(d730).indicator(QStringLiteral("wflh"))->label,
             QStringLiteral("身长别体重"));
    QCOMPARE(assessGrowth(d731).indicator(QStringLiteral("wflh"))->label,
             QStringLiteral("身高别体重"));
}

// Born on 29 February 2024: 28 February 2026 is day 730 (still the length table), 1 March 2026
// day 731 (the height table).
void TstGrowthAssessment::leapYearBirth()
{
    GrowthInput in;
    in.sex = QLatin1Char('F');
    in.birth = QDate(2024, 2, 29);
    in.lengthCm = 85.0;
    in.on = QDate(2026, 2, 28);
    QCOMPARE(assessGrowth(in).ageDays, 730);
    QCOMPARE(assessGrowth(in).adjustedLengthCm, 85.0);
    in.on = QDate(2026, 3, 1);
    QCOMPARE(assessGrowth(in).ageDays, 731);
    QCOMPARE(assessGrowth(in).adjustedLengthCm, 84.3);
    in.on = QDate(2025, 2, 28);
    QCOMPARE(assessGrowth(in).ageDays, 365);
}

// At 28 days (exactly week 4 of the weekly table) a weight exactly at k SD rounds to z = k.00:
// −2.00 is still 中 and not 低体重; −2.01 is 下 and 低体重; −3.00 is 低体重 but not severe;
// −3.01 is severe. Symmetrically +2.00 is 中 and +2.01 上.
void TstGrowthAssessment::zExactlyOnCutOffs_data()
{
    QTest::addColumn<double>("k");
    QTest::addColumn<QString>("band");
    QTest::addColumn<bool>("underweight");
    QTest::addColumn<bool>("severe");
    QTest::newRow("-2.00") << -2.0 << "中" << false << false;
    QTest::newRow("-2.01") << -2.01 << "下" << true << false;
    QTest::newRow("-3.00") << -3.0 << "下" << true << false;
    QTest::newRow("-3.01") << -3.01 << "下" << true << true;
    QTest::newRow("+2.00") << 2.0 << "中" << false << false;
    QTest::newRow("+2.01") << 2.01 << "上" << false << false;
}

void TstGrowthAssessment::zExactlyOnCutOffs()
{
    QFETCH(double, k);
    QFETCH(QString, band);
    QFETCH(bool, underweight);
    QFETCH(bool, severe);
    for (const QChar sex : {QLatin1Char('M'), QLatin1Char('F')}) {
        const Lms p = GrowthReference::who2006().byAge(QStringLiteral("wfa"), sex, 28);
        GrowthInput in = child(sex, kBirth, 28);
        // inside ±3 the restricted and plain z agree; at −3.01 step along the restricted scale
        in.weightKg =
            k < -3 ? GrowthReference::valueAt(p, -3) + (k + 3) * (GrowthReference::valueAt(p, -2) -
                                                                  GrowthReference::valueAt(p, -3))
                   : GrowthReference::valueAt(p, k);
        const GrowthAssessment a = assessGrowth(in);
        const GrowthIndicatorResult *r = a.indicator(QStringLiteral("wfa"));
        QCOMPARE(r->z, k);
        QCOMPARE(r->band, band);
        QCOMPARE(a.hasFlag(QStringLiteral("underweight")), underweight);
        if (underweight)
            QCOMPARE(a.flags.first().severe, severe);
    }
}

// 超重/肥胖 only once weight-for-length is above +2 SD, then by BMI above P85/P97.
void TstGrowthAssessment::overweightAndObese()
{
    GrowthInput in = child(QLatin1Char('M'), kBirth, 365);
    in.lengthCm = 75.0;
    in.weightKg = 9.5;
    GrowthAssessment a = assessGrowth(in);
    QVERIFY(a.flags.isEmpty());
    in.weightKg = 12.5;
    a = assessGrowth(in);
    QVERIFY(a.indicator(QStringLiteral("wflh"))->z > 2);
    QVERIFY(a.hasFlag(QStringLiteral("obese")));
    QVERIFY(!a.hasFlag(QStringLiteral("overweight")));
    // BMI z between P85 and P97 with weight-for-length just above +2 SD
    const Lms wfl = GrowthReference::who2006().byLength(QLatin1Char('M'), 75.0, false);
    in.weightKg = GrowthReference::valueAt(wfl, 2.05);
    a = assessGrowth(in);
    const double bz = a.indicator(QStringLiteral("bmifa"))->z;
    QVERIFY2(bz > 1.0364, qPrintable(QString::number(bz)));
    QCOMPARE(a.hasFlag(QStringLiteral("overweight")), bz <= 1.8808);
    QCOMPARE(a.hasFlag(QStringLiteral("obese")), bz > 1.8808);
}

void TstGrowthAssessment::beyondTables()
{
    GrowthInput in = child(QLatin1Char('F'), kBirth, 2000); // 5.5 years
    in.weightKg = 19.0;
    in.lengthCm = 112.0;
    in.standing = true;
    const GrowthAssessment a = assessGrowth(in);
    QVERIFY(!a.indicator(QStringLiteral("wfa"))->hasZ());
    QVERIFY(!a.indicator(QStringLiteral("wfa"))->note.isEmpty());
    QVERIFY(a.indicator(QStringLiteral("wflh"))->hasZ()); // 65-120 cm, no age limit
    GrowthInput tiny = child(QLatin1Char('M'), kBirth, 10);
    tiny.weightKg = 1.2;
    tiny.lengthCm = 40.0; // below the weight-for-length table (45 cm)
    QVERIFY(!assessGrowth(tiny).indicator(QStringLiteral("wflh"))->hasZ());
}

void TstGrowthAssessment::inputErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown sex")
        << QByteArray(R"({"sex":"X","birth_date":"2024-01-15","on":"2024-07-20","weight_kg":6})")
        << "sex";
    QTest::newRow("future birth")
        << QByteArray(R"({"sex":"F","birth_date":"2099-01-15","on":"2024-07-20","weight_kg":6})")
        << "birth_date";
    QTest::newRow("future on")
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2099-07-20","weight_kg":6})")
        << "on";
    QTest::newRow("before birth")
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2023-07-20","weight_kg":6})")
        << "on";
    QTest::newRow("weight 0")
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20","weight_kg":0})")
        << "weight_kg";
    QTest::newRow("weight text")
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20","weight_kg":"6"})")
        << "weight_kg";
    QTest::newRow("length huge")
        << QByteArray(R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20","length_cm":630})")
        << "length_cm";
    QTest::newRow("both")
        << QByteArray(
               R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20","length_cm":63,"height_cm":63})")
        << "height_cm";
    QTest::newRow("nothing") << QByteArray(
                                    R"({"sex":"F","birth_date":"2024-01-15","on":"2024-07-20"})")
                             << "weight_kg";
}

void TstGrowthAssessment::inputErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto r = growthInputFromJson(QJsonDocument::fromJson(json).object(), QDate(2025, 1, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TstGrowthAssessment)
#include "tst_growthassessment.moc"
