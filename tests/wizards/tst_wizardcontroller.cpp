// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The wizard controller's flow on the hand-made cgroup v2 server of tests/data/proc/v2
// (why -> choose -> preview -> apply), and the promise that `oomlens-cli fix --dry-run`
// prints exactly the preview the GUI shows for the same choices.
#include "app/wizards/wizardcontroller.h"
#include "core/analysis/causeids.h"
#include "helpers/fixturemounts.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using oom::wizards::WizardController;

namespace {

const QString FixtureRoot = QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/v2");

QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess cli;
    cli.start(QStringLiteral(OOMLENS_CLI), arguments);
    cli.waitForFinished(120000);
    *exitCode = cli.exitCode();
    return QString::fromUtf8(cli.readAllStandardOutput());
}

int rowOf(const QAbstractItemModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(oom::wizards::ChoiceFieldModel::KeyRole).toString() == key)
            return row;
    return -1;
}

// The value a field shows; a null QString when the wizard has no such field.
QString valueOf(const QAbstractItemModel &model, const QString &key)
{
    const int row = rowOf(model, key);
    if (row < 0)
        return QString();
    return model.index(row, 0).data(oom::wizards::ChoiceFieldModel::ValueRole).toString();
}

} // namespace

class TestWizardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewEqualsCliDryRun_data()
    {
        QTest::addColumn<QString>("wizard");
        QTest::addColumn<QVariantMap>("prefill");
        QTest::addColumn<QStringList>("cliOptions");
        QTest::newRow("limits of a unit")
            << u"limits"_s
            << QVariantMap{{u"cgroup"_s, u"/system.slice/nginx.service"_s},
                           {u"unit"_s, u"nginx.service"_s},
                           {u"bytes"_s, qint64(1) << 30}}
            << QStringList{u"--cgroup"_s, u"/system.slice/nginx.service"_s,
                           u"--unit"_s,   u"nginx.service"_s,
                           u"--limit"_s,  u"1G"_s};
        QTest::newRow("compaction with a tuning")
            << u"compaction"_s
            << QVariantMap{{u"tunings"_s, QVariantMap{{u"vm.watermark_scale_factor"_s, u"50"_s}}}}
            << QStringList{u"--set"_s, u"vm.watermark_scale_factor=50"_s};
        QTest::newRow("kernel policy persistent")
            << u"systemd-policy"_s
            << QVariantMap{{u"sysctls"_s, QVariantMap{{u"vm.panic_on_oom"_s, u"1"_s}}},
                           {u"persistent"_s, true}}
            << QStringList{u"--set"_s, u"vm.panic_on_oom=1"_s, u"--persistent"_s};
        QTest::newRow("oom priority of nginx")
            << u"oom-priority"_s
            << QVariantMap{{u"pid"_s, 812}, {u"unit"_s, QString()}, {u"oomScoreAdj"_s, -300}}
            << QStringList{u"--pid"_s, u"812"_s, u"--adj"_s, u"-300"_s};
    }
    void previewEqualsCliDryRun()
    {
        QFETCH(QString, wizard);
        QFETCH(QVariantMap, prefill);
        QFETCH(QStringList, cliOptions);
        WizardController controller;
        QAbstractItemModelTester tester(controller.fields(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        controller.setSystemRoot(FixtureRoot);
        controller.open(wizard, {}, prefill);
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(controller.stage(), WizardController::Stage::Why);
        QVERIFY(controller.fields()->rowCount() > 0);
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Choose);
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Preview);
        QVERIFY2(controller.applicable(), qPrintable(controller.previewText()));
        int exitCode = -1;
        const QString cli = runCli(
            QStringList{u"fix"_s, wizard, u"--root"_s, FixtureRoot, u"--dry-run"_s} + cliOptions,
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(cli, controller.previewText());
    }

    void noChangeWithoutConfirmation()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        // A bus without the helper: an apply must fail cleanly, never hang or crash.
        controller.setBusAddress(u"unix:path=/nonexistent/oomlens-test-bus"_s);
        controller.open(u"compaction"_s);
        QTRY_VERIFY(!controller.busy());
        controller.next();
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Preview);
        controller.next(); // not confirmed
        QCOMPARE(controller.stage(), WizardController::Stage::Preview);
        QVERIFY(!controller.error().isEmpty());
        controller.setConfirmed(true);
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Apply);
        QTRY_COMPARE_WITH_TIMEOUT(controller.stage(), WizardController::Stage::Verify, 30000);
        QTRY_VERIFY(!controller.busy());
        QVERIFY(!controller.canUndo());
        QVERIFY(!controller.error().isEmpty());
        QVERIFY(controller.log().constFirst().startsWith(u"Failed: "_s));
        // The bus's failure in words of this program (translated), not Qt's English.
        QVERIFY2(controller.log().constFirst().endsWith(
                     u": The system bus cannot be reached: nothing was sent."_s),
                 qPrintable(controller.log().constFirst()));
    }

    void limitsWithoutIncidentAreComputedForTheNamedCgroup()
    {
        // No incident, a cgroup named by the caller: the proposal is a quarter above what
        // it uses now (memory.current 530,000,000 bytes in the fixture), in 64 MiB steps,
        // not "max" for no cgroup at all.
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.open(
            u"limits"_s, {},
            {{u"cgroup"_s, u"/system.slice/nginx.service"_s}, {u"unit"_s, u"nginx.service"_s}});
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(valueOf(*controller.fields(), u"bytes"_s), u"640M"_s);
    }

    // A drop-down's "leave it as it is" option is said in words, not an empty line.
    void emptyChoiceIsLabelled()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.open(u"systemd-policy"_s, {}, {});
        QTRY_VERIFY(!controller.busy());
        const int row = rowOf(*controller.fields(), u"managedOomSwap"_s);
        QVERIFY(row >= 0);
        const QModelIndex field = controller.fields()->index(row, 0);
        const QStringList options =
            field.data(oom::wizards::ChoiceFieldModel::OptionsRole).toStringList();
        const QStringList labels =
            field.data(oom::wizards::ChoiceFieldModel::OptionLabelsRole).toStringList();
        QCOMPARE(labels.size(), options.size());
        QCOMPARE(options.first(), QString());
        QCOMPARE(labels.first(), u"unchanged"_s);
        QCOMPARE(labels.mid(1), options.mid(1));
    }

    void badFieldStaysOnChoose()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.open(u"limits"_s, {}, {{u"cgroup"_s, u"/system.slice/nginx.service"_s}});
        QTRY_VERIFY(!controller.busy());
        controller.next();
        const int row = rowOf(*controller.fields(), u"bytes"_s);
        QVERIFY(row >= 0);
        QVERIFY(controller.fields()->setValue(row, u"lots"_s));
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Choose);
        QVERIFY(controller.error().contains(u"lots"_s));
    }

    // The fixture's mount table (proc/self/mountinfo: / on ext4, /boot, tmpfs /tmp and
    // /run) with helpers/fixturemounts.h's free space: the swap wizard recommends /, the
    // filesystem with the most room, and plans a file there with its fstab line.
    void swapPlanOnTheFixture()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.setFreeSpaceReader(oom::fixturemounts::v2FreeSpace);
        controller.open(u"swap"_s);
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(valueOf(*controller.fields(), u"mountPoint"_s), u"/"_s);
        controller.next();
        controller.next();
        QCOMPARE(controller.stage(), WizardController::Stage::Preview);
        QVERIFY2(controller.applicable(), qPrintable(controller.previewText()));
        QVERIFY(controller.refusals().isEmpty());
        const QString preview = controller.previewText();
        QVERIFY2(preview.contains(u"/oomlens.swap none swap sw 0 0"_s), qPrintable(preview));
        // An eighth of the fixture's 23.5 GiB of RAM, in 256 MiB steps.
        QVERIFY2(preview.contains(u"the swap file /oomlens.swap (3 GiB)"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"/ (ext4) has the most free space: 412 GiB."_s),
                 qPrintable(preview));
    }

    // tmpfs is in the mount table with room to spare, and still refused for what it is.
    void swapOnTmpfsIsRefused()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.setFreeSpaceReader(oom::fixturemounts::v2FreeSpace);
        controller.open(u"swap"_s, {}, {{u"mountPoint"_s, u"/tmp"_s}});
        QTRY_VERIFY(!controller.busy());
        controller.next();
        controller.next();
        QVERIFY(!controller.applicable());
        QCOMPARE(controller.refusals().size(), 1);
        QVERIFY2(
            controller.refusals().constFirst().contains(u"/tmp is tmpfs, which lives in memory"_s),
            qPrintable(controller.refusals().constFirst()));
    }

    // Without a free-space figure (another root, no reader): the mount table is read,
    // the free space is not guessed from this machine's disks.
    void swapBelowAnotherRootWithoutFreeSpace()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.open(u"swap"_s);
        QTRY_VERIFY(!controller.busy());
        controller.next();
        controller.next();
        QVERIFY(!controller.applicable());
        QVERIFY2(controller.refusals().constFirst().contains(u"free space on / is unknown"_s),
                 qPrintable(controller.previewText()));
    }

    void refusesAMissingCgroup()
    {
        WizardController controller;
        controller.setSystemRoot(FixtureRoot);
        controller.open(u"limits"_s, {},
                        {{u"cgroup"_s, u"/system.slice/gone.service"_s}, {u"unit"_s, QString()}});
        QTRY_VERIFY(!controller.busy());
        controller.next();
        controller.next();
        QVERIFY(!controller.applicable());
        QCOMPARE(controller.refusals().size(), 1);
        QVERIFY(controller.previewText().contains(u"Refused:"_s));
    }
};

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
