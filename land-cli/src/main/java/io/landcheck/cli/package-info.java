/**
 * The {@code landcheck} command line ({@code check}, {@code rules}, {@code --version}), built on picocli and packaged
 * as the runnable jar {@code land-cli/target/landcheck.jar}. Exit codes: 0 all compliant, 1 some non-compliant or with
 * insufficient data, 2 some record in error, 64 usage error, 70 internal error, 74 I/O error.
 */
package io.landcheck.cli;
