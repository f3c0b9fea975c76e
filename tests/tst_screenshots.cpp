// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Every page of the window on the demo bundle, in English, Japanese and Simplified Chinese,
// rendered offscreen to <build>/screenshots/<lang>/<page>.png for people to look at; fails on
// a page that renders blank. The Log page is shown the way an evidence link opens it.

#include "appwindow.h"
#include "i18n/translationinstaller.h"

#include <QApplication>
#include <QQuickItem>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(OomLensPlugin)

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void pages()
    {
        QFETCH(QString, language);
        const QStringList inputs = apptest::demoInputs();
        if (inputs.isEmpty())
            QSKIP("resources/demo holds no demo inputs");
        // One language at a time: the previous test row's translators go.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(language));
        oom::i18n::installTranslations(*qApp, QLocale(language));

        auto engine = apptest::loadMain(inputs);
        QQuickWindow *window = apptest::window(*engine);
        QVERIFY(window);
        window->resize(1280, 800);
        SessionController *session = apptest::session(window);
        QVERIFY(session);
        QVERIFY(apptest::waitLoaded(session));
        QVERIFY(session->incidents()->count() > 0);

        const QDir out(QStringLiteral(OOMLENS_BINARY_DIR "/screenshots/") + language);
        QVERIFY(out.mkpath(u"."_s));
        QObject *pages = window->property("pages").value<QObject *>();
        QVERIFY(pages);

        auto shoot = [&](const QString &name) {
            QTest::qWait(300); // layouts settle
            QTRY_VERIFY2(!readingLines(window->contentItem()),
                         qPrintable(name + u": rows of a log view wait for their text"_s));
            const QImage image = window->grabWindow();
            QVERIFY2(image.save(out.filePath(name + u".png"_s)), qPrintable(name));
            QVERIFY2(!apptest::isBlank(image), qPrintable(name + u" is blank"_s));
        };

        pages->setProperty("currentIndex", 0);
        shoot(u"overview"_s);
        pages->setProperty("currentIndex", 1);
        shoot(u"incidents"_s);

        // The incident with the most causes shows the most of the incident page.
        const QString id = richestIncident(session);
        QVERIFY(QMetaObject::invokeMethod(window, "showIncident", Q_ARG(QString, id)));
        shoot(u"incident"_s);

        // The primary cause's first evidence line, as its link opens it.
        const oom::IncidentPtr incident = session->incidents()->incident(id);
        QVERIFY(!incident->causes.isEmpty() && !incident->causes.first().evidence.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(
            window, "showLogLine", Q_ARG(QString, incident->event.sourcePath),
            Q_ARG(int, int(incident->causes.first().evidence.first()))));
        shoot(u"log"_s);
    }

private:
    // Whether a log view under `item` still waits for the text of rows in view.
    static bool readingLines(const QQuickItem *item)
    {
        if (item->isVisible() && item->property("reading").toBool())
            return true;
        const QList<QQuickItem *> children = item->childItems();
        return std::any_of(children.cbegin(), children.cend(), [](const QQuickItem *child) {
            return readingLines(child);
        });
    }

    static QString richestIncident(SessionController *session)
    {
        QString best;
        qsizetype causes = -1;
        for (const oom::IncidentPtr &incident : session->incidents()->incidents()) {
            if (incident->causes.size() > causes && !incident->causes.first().evidence.isEmpty()) {
                causes = incident->causes.size();
                best = incident->id;
            }
        }
        return best;
    }
};

int main(int argc, char **argv)
{
    // QApplication: pages of other modules draw Qt Charts, which needs it.
    QApplication app(argc, argv);
    app.setOrganizationName(u"oomlens-tests"_s);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
