// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Main.qml loads offscreen and shows real content: on the demo bundle (incidents found,
// one selected, the finished session in place) and on the live system (its kernel log is
// read; without access to any kernel log a banner says so and the window still works).

#include "appwindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(OomLensPlugin)

class TestAppSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoBundle()
    {
        const QStringList inputs = apptest::demoInputs();
        if (inputs.isEmpty())
            QSKIP("resources/demo holds no demo inputs");
        auto engine = apptest::loadMain(inputs);
        QQuickWindow *window = apptest::window(*engine);
        QVERIFY(window);
        SessionController *session = apptest::session(window);
        QVERIFY(apptest::waitLoaded(session));
        QCOMPARE(session->inputs(), inputs);
        QVERIFY(session->incidents()->count() >= inputs.size());
        QVERIFY(!session->selectedId().isEmpty());
        QVERIFY(session->selectedIncident().isValid());
        QCOMPARE(session->session()->incidents.size(), session->incidents()->count());
    }

    void liveSystem()
    {
        auto engine = apptest::loadMain({});
        QQuickWindow *window = apptest::window(*engine);
        QVERIFY(window);
        SessionController *session = apptest::session(window);
        QVERIFY(apptest::waitLoaded(session));
        QVERIFY(session->isLive());
        // Either a kernel log was read, or a banner says why none could be.
        QVERIFY2(!session->liveSource().isEmpty() || !session->banners().isEmpty(),
                 "the live system was read without a source and without a message");
        QVERIFY(!apptest::isBlank(window->grabWindow()));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(u"oomlens-tests"_s);
    TestAppSmoke test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appsmoke.moc"
