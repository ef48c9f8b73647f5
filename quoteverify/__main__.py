from quoteverify.cli import main

main()
