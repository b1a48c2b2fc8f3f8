package org.duban.local;

import java.io.PrintStream;

/** What the run command tells people about signing in. */
final class DemoLogins {
    private DemoLogins() {}

    static void print(PrintStream out) {
        out.println("  Demo logins  POST /api/auth/login at the gateway; users and passwords are listed in gateway/README.md");
        out.println();
    }
}
