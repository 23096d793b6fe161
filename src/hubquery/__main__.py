from hubquery.cli import main

main()
