from hubquery.process import main

main()
