// The route order of work items on its own: villages compare as their codes' text does (numbers
// only stand in for codes of one length made of digits), then 组, house, household, resident,
// how late, due date and the sources' order; routeOrder() leaves out what the mask drops.
#include "worklistroute.h"

#include <QTest>

#include <algorithm>

using namespace Models;

namespace {
WorkItem item(const QString &village, int group = -1, int house = -1,
              const QString &resident = QStringLiteral("r"), const QString &source = {})
{
    WorkItem i;
    i.villageCode = village;
    i.groupNumber = group;
    i.houseNumber = house;
    i.residentId = resident;
    i.householdId = QStringLiteral("h-") + resident;
    i.source = source;
    return i;
}

QStringList villages(const QVector<WorkItem> &items, const std::vector<int> &order)
{
    QStringList out;
    for (int k : order)
        out << items.at(k).villageCode;
    return out;
}
} // namespace

class TstWorklistRoute : public QObject
{
    Q_OBJECT

private slots:
    void villagesInTheOrderOfTheirCodes()
    {
        const QStringList codes{QStringLiteral("430121101002"), QStringLiteral("43012110100A"),
                                QStringLiteral("430121101001"), QString(),
                                QStringLiteral("4301211010"),   QStringLiteral("430121101010"),
                                QStringLiteral("99"),           QStringLiteral("430121101001")};
        QVector<WorkItem> items;
        for (const QString &c : codes)
            items << item(c);
        QStringList expected = codes;
        std::stable_sort(expected.begin(), expected.end());
        QCOMPARE(villages(items, routeOrder(items, {}, {})), expected);
    }

    void groupHouseThenSource()
    {
        const QString v = QStringLiteral("430121101001");
        QVector<WorkItem> items{item(v, -1, 3, QStringLiteral("e")),
                                item(v, 2, 7, QStringLiteral("d")),
                                item(v, 2, 1, QStringLiteral("c")),
                                item(v, 1, -1, QStringLiteral("b")),
                                item(v, 1, -1, QStringLiteral("b"), QStringLiteral("late")),
                                item(v, 1, -1, QStringLiteral("b"), QStringLiteral("early"))};
        const QHash<QString, int> sources{
            {QStringLiteral("early"), 0}, {QStringLiteral("late"), 2}, {QString(), 1}};
        QStringList got;
        for (int k : routeOrder(items, sources, {}))
            got << items.at(k).residentId + QLatin1Char('/') + items.at(k).source;
        QCOMPARE(got, (QStringList{"b/early", "b/", "b/late", "c/", "d/", "e/"}));
    }

    void maskLeavesItemsOut()
    {
        QVector<WorkItem> items{item(QStringLiteral("3")), item(QStringLiteral("1")),
                                item(QStringLiteral("2"))};
        const std::vector<int> order = routeOrder(items, {}, {true, false, true});
        QCOMPARE(order, (std::vector<int>{2, 0}));
        // An empty mask keeps every item.
        QCOMPARE(villages(items, routeOrder(items, {}, {})), (QStringList{"1", "2", "3"}));
    }
};

QTEST_GUILESS_MAIN(TstWorklistRoute)
#include "tst_worklistroute.moc"
