// The shared message banner: no room and no paint without text, the level's tint and bar with
// it, one palette whose levels differ, and the usual QLabel calls (setText, clear) drive it.
#include "messagebanner.h"

#include <QImage>
#include <QTest>
#include <QVBoxLayout>

using namespace Gui;

class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void emptyTakesNoRoom();
    void paintsTheLevelsColours_data();
    void paintsTheLevelsColours();
    void levelsHaveDistinctColours();
};

void TestMessageBanner::emptyTakesNoRoom()
{
    QWidget w;
    auto *layout = new QVBoxLayout(&w);
    auto *banner = new MessageBanner(&w);
    layout->addWidget(banner);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(banner->sizeHint(), QSize(0, 0));
    banner->setText(QStringLiteral("身份证号校验位错误"));
    QVERIFY(banner->sizeHint().height() > banner->fontMetrics().height());
    QTRY_VERIFY(banner->height() > 0);
    // A tall window's spare height does not turn into a large tinted box.
    w.resize(400, 600);
    QTRY_COMPARE(w.height(), 600);
    QTRY_VERIFY(banner->height() > 0);
    QVERIFY2(banner->height() <= banner->heightForWidth(banner->width()) + 2,
             qPrintable(QString::number(banner->height())));
    banner->clear();
    QCOMPARE(banner->sizeHint(), QSize(0, 0));
    QCOMPARE(banner->level(), MessageBanner::Error); // the default: most banners report errors
}

void TestMessageBanner::paintsTheLevelsColours_data()
{
    QTest::addColumn<MessageBanner::Level>("level");
    QTest::newRow("error") << MessageBanner::Error;
    QTest::newRow("warning") << MessageBanner::Warning;
    QTest::newRow("info") << MessageBanner::Info;
    QTest::newRow("success") << MessageBanner::Success;
}

void TestMessageBanner::paintsTheLevelsColours()
{
    QFETCH(MessageBanner::Level, level);
    MessageBanner banner;
    banner.showMessage(QStringLiteral("已保存"), level);
    banner.resize(banner.sizeHint() + QSize(40, 0));
    QCOMPARE(banner.level(), level);
    QCOMPARE(banner.palette().color(QPalette::WindowText), MessageBanner::textColour(level));
    const QImage image = banner.grab().toImage();
    // The bar on the left in the text colour, the tint at the far right (no text there).
    QCOMPARE(image.pixelColor(1, image.height() / 2), MessageBanner::textColour(level));
    QCOMPARE(image.pixelColor(image.width() - 2, image.height() / 2),
             MessageBanner::backgroundColour(level));

    MessageBanner empty;
    empty.setLevel(level);
    empty.resize(100, 20);
    const QImage blank = empty.grab().toImage();
    QVERIFY(blank.pixelColor(1, 10) != MessageBanner::textColour(level));
}

void TestMessageBanner::levelsHaveDistinctColours()
{
    const MessageBanner::Level levels[] = {MessageBanner::Error, MessageBanner::Warning,
                                           MessageBanner::Info, MessageBanner::Success};
    for (MessageBanner::Level a : levels)
        for (MessageBanner::Level b : levels)
            if (a != b) {
                QVERIFY(MessageBanner::textColour(a) != MessageBanner::textColour(b));
                QVERIFY(MessageBanner::backgroundColour(a) != MessageBanner::backgroundColour(b));
            }
}

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
