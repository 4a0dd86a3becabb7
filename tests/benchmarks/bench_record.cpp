// Health record: (1) opening a resident with 10 years of entries, to a painted screen;
// (2) the duplicate scan over 200,000 residents. Each against raw SQLite reads of the same rows.
// Usage: bench_record [--small]
#include "arearepository.h"
#include "database.h"
#include "duplicates.h"
#include "healthrecordrepository.h"
#include "icd10.h"
#include "pinyin.h"
#include "residentrepository.h"
#include "residentview.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <random>

using namespace Models;

namespace {
double rawRead(const QString &path, const char *sql, const QByteArray &bind = {})
{
    sqlite3 *h = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    if (!bind.isEmpty())
        sqlite3_bind_text(st, 1, bind.constData(), int(bind.size()), SQLITE_TRANSIENT);
    qint64 bytes = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            bytes += sqlite3_column_bytes(st, c);
    sqlite3_finalize(st);
    const double ms = t.nsecsElapsed() / 1e6;
    sqlite3_close(h);
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int residents = small ? 5000 : 200000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const QString conn = QStringLiteral("bench");
    if (!openDatabase(conn, path))
        return 1;
    AreaRepository areas(conn);
    (void)areas.add(
        {QStringLiteral("430121"), QStringLiteral("示范县"), QStringLiteral("county"), {}});
    (void)areas.add({QStringLiteral("430121101"), QStringLiteral("东山镇"),
                     QStringLiteral("township"), QStringLiteral("430121")});
    QStringList villages;
    for (int v = 0; v < 40; ++v) {
        villages << QStringLiteral("430121101%1").arg(201 + v);
        (void)areas.add({villages.last(), QStringLiteral("村%1").arg(v), QStringLiteral("village"),
                         QStringLiteral("430121101")});
    }

    // (2) residents, bulk, with ~1% planted duplicates (same name + birth date, no identity
    // number).
    {
        sqlite3 *h = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &h);
        sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "INSERT INTO resident(id, record_no, name, sex, birth_date, phone, village_code, "
            "sort_key,"
            " created_at, updated_at, updated_by) VALUES(?,?,?,?,?,?,?,?,'now','now','bench')",
            -1, &st, nullptr);
        const QStringList surnames =
            QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗")
                .split(QLatin1Char(' '));
        const QStringList given = QStringLiteral("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 "
                                                 "涛 明 超 秀兰 霞 平 刚 桂英 华 建国 志强 海燕")
                                      .split(QLatin1Char(' '));
        std::mt19937_64 rng(42);
        auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        QString lastName, lastBirth;
        for (int i = 0; i < residents; ++i) {
            QString name = surnames.at(uni(0, 19)) + given.at(uni(0, 26)) + given.at(uni(0, 26));
            QString birth = QDate(1930, 1, 1).addDays(uni(0, 32000)).toString(Qt::ISODate);
            if (i > 0 && uni(0, 99) == 0) {
                name = lastName;
                birth = lastBirth;
            }
            lastName = name;
            lastBirth = birth;
            const QByteArray fields[] = {
                QStringLiteral("00000000-0000-4000-8000-%1")
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .toUtf8(),
                (villages.at(i % 40) +
                 QStringLiteral("%1").arg(i / 40 + 1, 5, 10, QLatin1Char('0')))
                    .toUtf8(),
                name.toUtf8(),
                QByteArray(uni(0, 1) ? "M" : "F"),
                birth.toUtf8(),
                QStringLiteral("1%1").arg(uni(300000000, 999999999) + 3000000000LL).toUtf8(),
                villages.at(i % 40).toUtf8(),
                Pinyin::sortKey(name).toUtf8()};
            for (int c = 0; c < 8; ++c)
                sqlite3_bind_text(st, c + 1, fields[c].constData(), int(fields[c].size()),
                                  SQLITE_TRANSIENT);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(h);
    }
    const double rawScan =
        rawRead(path, "SELECT id, name, sex, birth_date, id_number, phone, household_id, sort_key,"
                      " village_code, record_no FROM resident WHERE deleted = 0");
    QElapsedTimer t;
    t.start();
    auto pairs = DuplicateFinder::scan(conn, Scope::administrator());
    const double scanMs = t.nsecsElapsed() / 1e6;
    if (!pairs)
        return 1;

    // (1) one resident with 10 years of entries: a health check a year, an encounter a month.
    Resident r;
    r.name = QStringLiteral("欧阳老伯");
    r.sex = QLatin1Char('M');
    r.birthDate = QDate(1948, 6, 1);
    r.villageCode = villages.first();
    r.phone = r.address = r.relation = QStringLiteral("");
    auto created = ResidentRepository(conn).create(Scope::administrator(), r);
    if (!created)
        return 1;
    HealthRecordRepository repo(conn);
    const QDate today = QDate::currentDate();
    for (int y = 0; y < 10; ++y) {
        HealthCheck h;
        h.residentId = created->id;
        h.checkDate = today.addYears(-y).addDays(-30);
        h.form = QJsonObject{{QStringLiteral("sbp_left"), 130 + y},
                             {QStringLiteral("dbp_left"), 80},
                             {QStringLiteral("height"), 168},
                             {QStringLiteral("weight"), 70},
                             {QStringLiteral("fbg"), 6.1},
                             {QStringLiteral("evaluation"), QStringLiteral("1")}};
        (void)repo.addHealthCheck(Scope::administrator(), h, true);
    }
    for (int m = 0; m < 120; ++m) {
        Encounter e;
        e.residentId = created->id;
        e.visitDate = today.addMonths(-m).addDays(-1);
        e.subjective = QStringLiteral("复诊，测血压");
        e.diagnoses << Icd10::get().diagnosis(*Icd10::get().find(QStringLiteral("I10.x00")));
        e.plan = QStringLiteral("继续服药");
        (void)repo.addEncounter(Scope::administrator(), e);
    }
    const double rawEntries = rawRead(
        path,
        "SELECT * FROM encounter WHERE resident_id = ?1 UNION ALL"
        " SELECT id, resident_id, check_date, doctor, sbp, dbp, fbg, bmi, evaluation, form_json,"
        " form_version, supersedes, created_at, server_version, base_json, dirty,"
        " updated_at, updated_by, deleted, NULL FROM health_check WHERE resident_id = ?1",
        created->id.toUtf8());
    Gui::Context ctx{conn, Scope::administrator(), path};
    double best = 1e9, total = 0;
    const int runs = 5;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer v;
        v.start();
        Gui::ResidentView view(ctx, created->id);
        view.resize(1280, 700);
        view.show();
        view.repaint(); // paint synchronously: the figure is "to a painted screen"
        QApplication::processEvents();
        const double ms = v.nsecsElapsed() / 1e6;
        best = qMin(best, ms);
        total += ms;
        if (i == 0 && view.model()->rowCount() != 131) {
            std::fprintf(stderr, "timeline has %d entries, expected 131\n",
                         view.model()->rowCount());
            return 1;
        }
    }
    std::printf("residents                          %d\n", residents);
    std::printf("duplicate scan                     %.0f ms  (%lld pairs; target < 10000 ms)\n",
                scanMs, (long long)pairs->size());
    std::printf("raw sqlite read of the same rows   %.0f ms  (ratio %.1f)\n", rawScan,
                scanMs / rawScan);
    std::printf("resident screen, 10 years (131 entries): best %.1f ms, mean %.1f ms to painted "
                "(target < 100 ms)\n",
                best, total / runs);
    std::printf("raw sqlite read of the entries     %.2f ms  (ratio %.0f)\n", rawEntries,
                best / rawEntries);
    closeDatabase(conn);
    return 0;
}
