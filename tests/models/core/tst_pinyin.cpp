#include "pinyin.h"

#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using Models::Pinyin;

// Reads the real generated table (resources/pinyin/pinyin.txt, compiled in as a resource), so
// these tests also catch a regenerated table that lost a surname override or the ü -> v rule.
class TstPinyin : public QObject
{
    Q_OBJECT

private slots:
    void concurrentFirstUse(); // first, so that the threads race to load the table
    void readings_data();
    void readings();
    void firstVariant_data();
    void firstVariant();
    void polyphonic_data();
    void polyphonic();
    void variantsAreCappedAndDistinct();
    void variantOrder();
    void passThrough_data();
    void passThrough();
    void sortKey();
};

void TstPinyin::readings_data()
{
    QTest::addColumn<QString>("ch");
    QTest::addColumn<QStringList>("expectedPrefix");

    // clang-format off
    QTest::newRow("李") << "李" << QStringList{"li"};
    QTest::newRow("吕 (ü -> v)") << "吕" << QStringList{"lv"};
    QTest::newRow("女 (ü -> v)") << "女" << QStringList{"nv"};
    QTest::newRow("曾 surname first") << "曾" << QStringList{"zeng", "ceng"};
    QTest::newRow("单 surname first") << "单" << QStringList{"shan"};
    QTest::newRow("乐 yue then le") << "乐" << QStringList{"yue", "le"};
    QTest::newRow("仇") << "仇" << QStringList{"qiu"};
    QTest::newRow("朴") << "朴" << QStringList{"piao"};
    QTest::newRow("Extension A 㐀") << "㐀" << QStringList{"qiu"};
    // clang-format on
}

void TstPinyin::readings()
{
    QFETCH(QString, ch);
    QFETCH(QStringList, expectedPrefix);

    const QStringList r = Pinyin::readings(ch.at(0).unicode());
    QVERIFY2(r.size() >= expectedPrefix.size(), qPrintable(r.join(' ')));
    QCOMPARE(r.mid(0, expectedPrefix.size()), expectedPrefix);
    QCOMPARE(QSet<QString>(r.cbegin(), r.cend()).size(), r.size());
}

void TstPinyin::firstVariant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    // clang-format off
    QTest::newRow("张三") << "张三" << "zhangsan" << "zs";
    QTest::newRow("王小明") << "王小明" << "wangxiaoming" << "wxm";
    QTest::newRow("李") << "李" << "li" << "l";
    QTest::newRow("欧阳娜娜") << "欧阳娜娜" << "ouyangnana" << "oynn";
    QTest::newRow("吕") << "吕" << "lv" << "l";
    QTest::newRow("曾小明") << "曾小明" << "zengxiaoming" << "zxm";
    // clang-format on
}

void TstPinyin::firstVariant()
{
    QFETCH(QString, text);
    QFETCH(QString, full);
    QFETCH(QString, initials);

    const QStringList f = Pinyin::fullVariants(text);
    const QStringList i = Pinyin::initialVariants(text);
    QVERIFY(!f.isEmpty());
    QVERIFY(!i.isEmpty());
    QCOMPARE(f.first(), full);
    QCOMPARE(i.first(), initials);
}

void TstPinyin::polyphonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("full");
    QTest::addColumn<QStringList>("initials");

    // clang-format off
    QTest::newRow("曾") << "曾" << QStringList{"zeng", "ceng"} << QStringList{"z", "c"};
    QTest::newRow("单") << "单" << QStringList{"shan", "dan"} << QStringList{"s", "d"};
    QTest::newRow("曾小明") << "曾小明" << QStringList{"zengxiaoming", "cengxiaoming"}
                            << QStringList{"zxm", "cxm"};
    QTest::newRow("乐乐") << "乐乐" << QStringList{"yueyue", "lele", "yuele"}
                          << QStringList{"yy", "ll"};
    // clang-format on
}

void TstPinyin::polyphonic()
{
    QFETCH(QString, text);
    QFETCH(QStringList, full);
    QFETCH(QStringList, initials);

    const QStringList f = Pinyin::fullVariants(text);
    const QStringList i = Pinyin::initialVariants(text);
    for (const QString &s : full)
        QVERIFY2(f.contains(s), qPrintable(s + " not in " + f.join(',')));
    for (const QString &s : initials)
        QVERIFY2(i.contains(s), qPrintable(s + " not in " + i.join(',')));
}

void TstPinyin::variantsAreCappedAndDistinct()
{
    // 4 polyphonic characters give far more than 8 combinations.
    const QString text = QStringLiteral("曾单乐种");
    for (int cap : {1, 3, 8, 20}) {
        const QStringList f = Pinyin::fullVariants(text, cap);
        const QStringList i = Pinyin::initialVariants(text, cap);
        QCOMPARE(f.size(), cap);
        QVERIFY(i.size() <= cap);
        QCOMPARE(QSet<QString>(f.cbegin(), f.cend()).size(), f.size());
        QCOMPARE(QSet<QString>(i.cbegin(), i.cend()).size(), i.size());
    }
    QVERIFY(Pinyin::fullVariants(text, 0).isEmpty());

    // Initials coincide often (种 chong/zhong/zhong -> c, z): duplicates are not reported.
    const QStringList one = Pinyin::initialVariants(QStringLiteral("种"), 50);
    QCOMPARE(QSet<QString>(one.cbegin(), one.cend()).size(), one.size());
    QVERIFY(one.contains("c"));
    QVERIFY(one.contains("z"));

    // A text without polyphonic characters has exactly one spelling, however high the cap.
    QCOMPARE(Pinyin::fullVariants(QStringLiteral("张三"), 100), QStringList{"zhangsan"});
}

void TstPinyin::variantOrder()
{
    // Every spelling that changes one reading comes before any that changes two, and the
    // earlier (surname) position deviates first.
    const QStringList f = Pinyin::fullVariants(QStringLiteral("曾乐"), 4);
    QCOMPARE(f, (QStringList{"zengyue", "cengyue", "zengle", "cengle"}));
}

void TstPinyin::passThrough_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    // clang-format off
    QTest::newRow("A张1") << "A张1" << "azhang1" << "az1";
    QTest::newRow("punctuation dropped") << "张-三 (2)" << "zhangsan2" << "zs2";
    QTest::newRow("full-width") << "Ｂ张９" << "bzhang9" << "bz9";
    QTest::newRow("ASCII only") << "Room 12B" << "room12b" << "room12b";
    QTest::newRow("middle dot") << "阿依·买买提" << "ayimaimaiti" << "aymmt";
    // clang-format on
}

void TstPinyin::passThrough()
{
    QFETCH(QString, text);
    QFETCH(QString, full);
    QFETCH(QString, initials);

    QCOMPARE(Pinyin::fullVariants(text).value(0), full);
    QCOMPARE(Pinyin::initialVariants(text).value(0), initials);
}

void TstPinyin::sortKey()
{
    QCOMPARE(Pinyin::sortKey(QStringLiteral("曾小明")), QStringLiteral("zengxiaoming"));
    QCOMPARE(Pinyin::sortKey(QStringLiteral("A张1")), QStringLiteral("azhang1"));
    QCOMPARE(Pinyin::sortKey(QString()), QString());
    QVERIFY(Pinyin::fullVariants(QStringLiteral("，。！")).isEmpty());
    QVERIFY(Pinyin::readings(U'a').isEmpty());
    QVERIFY(Pinyin::readings(U'\U00020000').isEmpty()); // outside the table's blocks
}

void TstPinyin::concurrentFirstUse()
{
    // Runs before any other slot touches Pinyin, so all threads race into the lazy load; the
    // function-local static must hand every one of them the fully loaded table.
    std::vector<std::thread> threads;
    std::vector<QString> results(8);
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&results, t] {
            results[t] = Pinyin::fullVariants(QStringLiteral("欧阳娜娜")).value(0);
        });
    }
    for (auto &th : threads)
        th.join();
    for (const QString &r : results)
        QCOMPARE(r, QStringLiteral("ouyangnana"));
}

QTEST_GUILESS_MAIN(TstPinyin)
#include "tst_pinyin.moc"
